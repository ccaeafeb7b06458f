package dev.flopex.costing.internal;

import dev.flopex.core.money.Money;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AmortisedHardware;
import dev.flopex.costing.economics.EpochRun;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Epoch AI's amortised-cost method as its code runs it ({@code
 * epoch-research/training-cost-trends}, read 2026-12-02; {@code docs/model.md} §12.4). Every
 * constant names the file it comes from: {@code constants.py}, {@code hardware.py}, {@code
 * pricing.py}, {@code cost_estimation.py}, {@code data/Hardware prices.csv} and {@code
 * data/PCU518210518210.csv}.
 */
public final class EpochMethod {
  private EpochMethod() {}

  /**
   * {@code pricing.py}: the acquisition date is the release date plus 90 days (or the price date,
   * if later).
   */
  public static final int DAYS_RELEASE_TO_ACQUISITION = 90;

  /**
   * {@code cost_estimation.py}: training starts 60 days before publication, less the training time.
   */
  public static final int DAYS_START_TO_PUBLICATION = 60;

  /** Epoch's days per year. */
  public static final double DAYS_PER_YEAR = 365.25;

  /**
   * {@code data/Hardware prices.csv}: the earliest DGX row of each family, per GPU (DGX price / 8).
   * A100: "DGX A100" USD 199,000, 2020-05-21; H100: "DGX H100's at around $270,000", 2023-05-29.
   */
  private static final Map<String, Object[]> DGX_PRICE_PER_GPU =
      Map.of(
          "A100", new Object[] {24_875.0, LocalDate.of(2020, 5, 21)},
          "H100", new Object[] {33_750.0, LocalDate.of(2023, 5, 29)});

  /** {@code hardware.py} chip_to_server_power: server power at maximum / GPU TDP. */
  public static double chipToServerPower(String family) {
    switch (family) {
      case "H100":
        return (10.2 / 8) / 0.7;
      case "A100":
        return (6.5 / 8) / 0.4;
      case "V100":
        return ((10.0 / 16) / 0.3 + (1.5 / 4) / 0.3) / 2;
      default:
        return 1.8;
    }
  }

  /** {@code hardware.py} server_TDP_fraction: 0.75 for GPUs. */
  public static final double SERVER_TDP_FRACTION = 0.75;

  /** {@code hardware.py} power_usage_effectiveness: 1.1 for these organisations, else 1.25. */
  private static final String[] HYPERSCALERS = {
    "google", "deepmind", "microsoft", "amazon", "meta", "facebook"
  };

  public static double pue(String organisation) {
    String o = organisation.toLowerCase(Locale.ROOT);
    for (String h : HYPERSCALERS) {
      if (o.contains(h)) {
        return 1.1;
      }
    }
    return 1.25;
  }

  /** {@code hardware.py} energy_price(year), USD per kWh (US industrial, EIA). */
  private static final Map<Integer, Double> ENERGY_PRICE =
      Map.of(2022, 0.0832, 2023, 0.0806, 2024, 0.0771, 2025, 0.0826);

  /**
   * {@code data/PCU518210518210.csv}: FRED PPI, data processing, hosting and related services,
   * first of month.
   */
  private static final TreeMap<YearMonth, Double> PPI =
      new TreeMap<>(
          Map.of(
              YearMonth.of(2023, 3),
              117.766,
              YearMonth.of(2023, 7),
              118.355,
              YearMonth.of(2023, 12),
              119.029,
              YearMonth.of(2024, 7),
              119.863,
              YearMonth.of(2024, 12),
              119.349,
              YearMonth.of(2025, 6),
              123.659));

  /** The Epoch family alias of an accelerator: the first of A100, H100, V100 its id names. */
  public static String family(String acceleratorId) {
    String id = acceleratorId.toUpperCase(Locale.ROOT);
    for (String f : new String[] {"A100", "H100", "V100"}) {
      if (id.contains(f)) {
        return f;
      }
    }
    throw new ValidationException(
        "accelerator",
        "'" + acceleratorId + "'",
        "must be an A100 or H100 (the families whose Epoch DGX price flopex carries) for Epoch's method as Epoch runs it");
  }

  public static double energyPrice(int year) {
    Double p = ENERGY_PRICE.get(year);
    if (p == null) {
      throw new ValidationException(
          "publicationDate.year",
          Integer.toString(year),
          "must be one of "
              + new TreeMap<>(ENERGY_PRICE).keySet()
              + " (the years of Epoch's energy_price table)");
    }
    return p;
  }

  public static double ppi(YearMonth m, String field) {
    Double p = PPI.get(m);
    if (p == null) {
      throw new ValidationException(
          field,
          m.toString(),
          "must be a month of flopex's copy of Epoch's PPI series " + PPI.keySet());
    }
    return p;
  }

  /** Epoch's inputs for a run, dated by Epoch's rules. */
  public static AmortisedHardware amortised(EpochRun run) {
    String family = family(run.accelerator().id());
    Object[] price = DGX_PRICE_PER_GPU.get(family);
    if (price == null) {
      throw new ValidationException(
          "accelerator", run.accelerator().id(), "must have an Epoch DGX price (A100 or H100)");
    }
    double perGpu = (Double) price[0];
    LocalDate priceDate = (LocalDate) price[1];
    LocalDate release =
        run.releaseDate()
            .orElseGet(
                () ->
                    run.accelerator()
                        .launchDate()
                        .orElseThrow(
                            () ->
                                new ValidationException(
                                    "releaseDate",
                                    null,
                                    "must be given: "
                                        + run.accelerator().id()
                                        + " has no catalog launch date"))
                        .value()
                        .start());
    LocalDate acquisition = release.plusDays(DAYS_RELEASE_TO_ACQUISITION);
    if (priceDate.isAfter(acquisition)) {
      acquisition = priceDate;
    }
    LocalDate start =
        run.trainingStart()
            .orElseGet(
                () ->
                    // Python's date - timedelta(hours=int(h)) drops the part of a day: whole days
                    // only
                    run.publicationDate()
                        .minusDays((long) run.trainingHours() / 24)
                        .minusDays(DAYS_START_TO_PUBLICATION));
    if (start.isBefore(acquisition)) {
      start = acquisition;
    }
    double age =
        run.depreciateToStart() ? ChronoUnit.DAYS.between(acquisition, start) / DAYS_PER_YEAR : 0;
    double tdpW =
        run.accelerator()
            .tdp()
            .orElseThrow(
                () ->
                    new ValidationException(
                        run.accelerator().id() + ".tdp", null, "must be in the catalog"))
            .value()
            .in(PowerUnit.WATTS);
    YearMonth pub = YearMonth.from(run.publicationDate());
    double factor = ppi(run.dollarMonth(), "dollarMonth") / ppi(pub, "publicationDate (month)");
    return AmortisedHardware.builder()
        .pricePerGpu(Money.usd(perGpu))
        .ageYears(age)
        .serverPowerRatio(chipToServerPower(family))
        .loadFactor(SERVER_TDP_FRACTION)
        .pue(pue(run.organisation()))
        .electricityPricePerKwh(energyPrice(run.publicationDate().getYear()))
        .constantDollarFactor(factor)
        .dollarBasis(
            run.dollarMonth()
                + " USD (PPI PCU518210518210, x "
                + Check.format(Math.round(factor * 1e7) / 1e7)
                + " from "
                + pub
                + ")")
        .dating(
            "Epoch's dating: "
                + family
                + " DGX price USD "
                + Check.format(perGpu)
                + " per GPU ("
                + priceDate
                + "); acquired "
                + acquisition
                + " (release "
                + release
                + " + "
                + DAYS_RELEASE_TO_ACQUISITION
                + " days, or the price date); training started "
                + start
                + (run.trainingStart().isPresent()
                    ? " (fixed by Epoch)"
                    : " (publication "
                        + run.publicationDate()
                        + " - "
                        + (long) run.trainingHours()
                        + " h - "
                        + DAYS_START_TO_PUBLICATION
                        + " days)")
                + "; TDP "
                + Check.format(tdpW)
                + " W")
        .build();
  }
}
