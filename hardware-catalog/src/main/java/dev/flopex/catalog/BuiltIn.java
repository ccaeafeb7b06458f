package dev.flopex.catalog;

/**
 * Holds the lazily loaded built-in catalog (initialised on first use, thread-safe by class init).
 */
final class BuiltIn {
  static final HardwareCatalog INSTANCE = new CatalogLoader().load();

  private BuiltIn() {}
}
