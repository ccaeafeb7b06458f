package dev.flopex.costing;

import dev.flopex.core.money.Money;
import java.util.List;

/**
 * A cluster's cost on the accounting basis ({@code docs/model.md} §8-§10): book depreciation of
 * each capital component to zero over its useful life, operating costs as paid and interest on
 * debt, within the horizon, undiscounted. A horizon shorter than a life keeps the undepreciated
 * {@link #bookValueAtHorizon()}, so the TCO can be below CapEx; {@link CostBasis#accounting()} says
 * so.
 *
 * @since 0.2
 */
public interface AccountingCost {

  /** Returns the book TCO over the horizon: the sum of the lines. */
  Money tco();

  /** Returns the book cost in each year 1..horizon (depreciation + operating costs + interest). */
  List<Money> tcoByYear();

  /** Returns the cost lines, one per component with a non-zero cost, with formulas and inputs. */
  List<CostLine> lines();

  /** Returns {@link #tco()} / GPU-hours used over the horizon. */
  Money costPerGpuHour();

  /** Returns the book value of the capital not yet depreciated at the end of the horizon. */
  Money bookValueAtHorizon();

  /** Returns the depreciation schedule. */
  Depreciation depreciation();

  /** Returns how CapEx was paid. */
  Financing financing();
}
