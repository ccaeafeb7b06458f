/**
 * Time value of money and depreciation: the arithmetic that turns a capital expense into a yearly
 * cost, and a stream of yearly cash flows into one figure.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.flopex.core.finance.TimeValue} — static functions: {@link
 *       dev.flopex.core.finance.TimeValue#capitalRecoveryFactor capitalRecoveryFactor} (the annual
 *       payment that repays 1 over {@code n} years at rate {@code r}, used to annualise a GPU
 *       cluster's CapEx), {@link dev.flopex.core.finance.TimeValue#annuityFactor annuityFactor},
 *       {@link dev.flopex.core.finance.TimeValue#discountFactor discountFactor}, {@link
 *       dev.flopex.core.finance.TimeValue#escalate escalate}, {@link
 *       dev.flopex.core.finance.TimeValue#npv npv}, {@link dev.flopex.core.finance.TimeValue#irr
 *       irr} and {@link dev.flopex.core.finance.TimeValue#paybackYears paybackYears}.
 *   <li>{@link dev.flopex.core.finance.DepreciationMethod} — a depreciation schedule, from the
 *       factories {@link dev.flopex.core.finance.DepreciationMethod#straightLine() straightLine()},
 *       {@link dev.flopex.core.finance.DepreciationMethod#decliningBalance(double)
 *       decliningBalance(factor)} (switching to straight line when that gives more) and {@link
 *       dev.flopex.core.finance.DepreciationMethod#sumOfYearsDigits() sumOfYearsDigits()}.
 * </ul>
 *
 * <pre>{@code
 * double crf = TimeValue.capitalRecoveryFactor(0.08, 5);            // 0.2504564545668366
 * double yearlyCapex = 1_000_000 * crf;                             // 250,456.45 per year
 * OptionalDouble irr = TimeValue.irr(new double[] {-100, 39, 59, 55, 20});   // 0.2809484...
 * double[] ddb = DepreciationMethod.decliningBalance(2).charges(10_000, 0, 5);
 * // 4000, 2400, 1440, 1080, 1080
 * }</pre>
 *
 * <p><b>Doubles, by design.</b> Amounts and rates are {@code double}s, not {@code Money} or {@code
 * BigDecimal}: the costing engine evaluates these functions for millions of scenarios (sensitivity
 * sweeps, Monte Carlo), so the scalar functions neither box nor allocate. They are for modelling,
 * not for ledgers; round figures for reporting with {@link dev.flopex.core.money.Money#rounded()}.
 *
 * <p><b>Conventions.</b> Rates are fractions per year ({@code 0.08} is 8 %), periods are years,
 * {@code cashFlows[0]} falls at time 0 and {@code cashFlows[i]} at the end of year {@code i}
 * (unlike spreadsheet {@code NPV}, which puts its first value at the end of year 1). Amounts are in
 * whatever currency the caller uses, consistently.
 *
 * <p><b>Errors.</b> No function returns NaN or an infinity. Invalid input (a NaN, a rate {@code <=
 * -1}, a non-positive life) and results that would overflow a {@code double} throw {@link
 * dev.flopex.core.validation.ValidationException} with a message naming the field, the value and
 * the rule, e.g. {@code "rate must be > -1 but was -1"}.
 *
 * <p>The formulas and their sources are in {@code docs/finance.md}. Every type here is immutable
 * and thread-safe.
 */
@NullMarked
@CheckReturnValue
package dev.flopex.core.finance;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
