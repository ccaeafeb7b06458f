/**
 * Money for computation: {@link dev.flopex.core.money.Money}, an amount in one currency. Mixed
 * currencies are refused, never converted silently.
 */
@NullMarked
package dev.flopex.core.money;

import org.jspecify.annotations.NullMarked;
