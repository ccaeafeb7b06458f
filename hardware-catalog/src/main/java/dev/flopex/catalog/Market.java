package dev.flopex.catalog;

/**
 * The market a chip is designed or marketed for. US export rules treat data-centre parts
 * differently from others (ECCN 3A090.a vs .b since October 2023).
 *
 * @since 0.1
 */
public enum Market {
  /** Designed or marketed for data centres. */
  DATACENTER,
  /** Professional workstations. */
  WORKSTATION,
  /** Consumer products. */
  CONSUMER
}
