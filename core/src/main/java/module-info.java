/**
 * flopex core: units and quantities, money, time value of money, distributions and sampling,
 * validation helpers and provenance types. No domain knowledge of accelerators.
 *
 * <p>Every package is API. Apache DataSketches (the KLL quantile sketch of {@code
 * StreamingAccumulator}) is an implementation dependency. Guava is an API dependency (read
 * transitively): the generated {@code Immutable*} value classes return its immutable collections;
 * the interfaces return {@code List}, {@code Map} and {@code Set}. Immutables, JSpecify and Error
 * Prone's annotations are compile-time only.
 */
module dev.flopex.core {
  // Guava is an API dependency on purpose: the generated Immutable* value classes (public, in the
  // API packages) return its immutable collections from their accessors.
  requires transitive com.google.common;
  // Apache DataSketches' KLL sketch, behind StreamingAccumulator: no API signature names its types.
  // datasketches-java has no module descriptor: its automatic name comes from the jar's file name.
  requires datasketches.java;
  requires org.apache.datasketches.memory;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on the Immutables classes
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.flopex.core;
  exports dev.flopex.core.finance;
  exports dev.flopex.core.money;
  exports dev.flopex.core.provenance;
  exports dev.flopex.core.random;
  exports dev.flopex.core.units;
  exports dev.flopex.core.validation;
}
