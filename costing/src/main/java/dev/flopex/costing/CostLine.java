package dev.flopex.costing;

import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.Provenance;
import java.util.List;

/**
 * One cost over the horizon with its formula and inputs: the audit trail from a total down to
 * bill-of-materials lines and named assumptions.
 *
 * @since 0.1
 */
public interface CostLine {

  /** Returns the component. */
  CostComponent component();

  /** Returns the amount over the horizon. */
  Money amount();

  /** Returns the amount in each year 1..horizon. */
  List<Money> byYear();

  /** Returns the formula with its inputs, e.g. "facility kW 1,234 x 8760 h x USD 0.08/kWh". */
  String formula();

  /** Returns the provenance of the inputs (assumption sources, price sources). */
  List<Provenance> inputs();
}
