package dev.flopex.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every flopex value type.
 *
 * <p>Placed on a {@code package-info.java}, it applies to every {@code @Value.Immutable} type in
 * that package and its sub-packages. It asks for strict builders (an attribute set twice is an
 * error, not a silent overwrite), generated signatures that use the abstract type, and fail-fast,
 * null-hostile validation. Invariants belong in {@code @Value.Check} methods that throw {@link
 * dev.flopex.core.validation.ValidationException}; checks never normalise.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true))
public @interface FlopexStyle {}
