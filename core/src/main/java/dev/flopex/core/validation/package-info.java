/**
 * Validation helpers. {@link dev.flopex.core.validation.Check} checks an argument and returns it; a
 * failed check throws {@link dev.flopex.core.validation.ValidationException}, whose message names
 * the field, the value with its unit, and the rule ("gpuCount must be &gt; 0 but was -3").
 */
@NullMarked
package dev.flopex.core.validation;

import org.jspecify.annotations.NullMarked;
