package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Provenance;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a bill of materials: a part or a named assumption, a quantity, a unit price with its
 * date and provenance, and the extended cost ({@code quantity x unit price}).
 *
 * @since 0.1
 */
public interface BomLine {

  /** Returns the component the line is part of. */
  CostComponent component();

  /** Returns the catalog part id, or the assumption key for lines priced by an assumption. */
  String item();

  /** Returns a description, e.g. "NVIDIA Quantum-2 QM9700 (leaf)". */
  String description();

  /** Returns the quantity. */
  double quantity();

  /** Returns the unit of the quantity, e.g. {@code units}, {@code TB}, {@code MW}. */
  String quantityUnit();

  /** Returns the unit price. */
  Money unitPrice();

  /** Returns the date the unit price applies to, when it is a dated price. */
  Optional<String> priceAsOf();

  /** Returns where the price came from. */
  Provenance provenance();

  /** Returns quantity x unit price. */
  @Value.Derived
  default Money extended() {
    return unitPrice().times(quantity());
  }
}
