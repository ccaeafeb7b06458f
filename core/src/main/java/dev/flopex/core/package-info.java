/**
 * flopex core: domain-neutral building blocks with no knowledge of accelerators.
 *
 * <ul>
 *   <li>{@link dev.flopex.core.units} — typed quantities with explicit units: power, energy, data
 *       size (decimal GB vs binary GiB), data rate (bits vs bytes), link bandwidth with a stated
 *       direction, compute rate, area.
 *   <li>{@link dev.flopex.core.money} — {@link dev.flopex.core.money.Money}, an amount in one
 *       currency for computation; mixed currencies are refused.
 *   <li>{@link dev.flopex.core.provenance} — where a figure came from: {@link
 *       dev.flopex.core.provenance.Source}, {@link dev.flopex.core.provenance.Confidence}, {@link
 *       dev.flopex.core.provenance.Sourced}.
 *   <li>{@link dev.flopex.core.validation} — argument checks whose messages name the field, the
 *       value, its unit and the rule that was broken.
 * </ul>
 *
 * <p>All types here are immutable and thread-safe. No method accepts or returns {@code null} unless
 * its documentation says so.
 */
@NullMarked
@FlopexStyle
package dev.flopex.core;

import org.jspecify.annotations.NullMarked;
