package dev.flopex.costing.economics;

import dev.flopex.catalog.Accelerator;
import dev.flopex.core.validation.Check;
import dev.flopex.costing.AmortisedHardware;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A training run described the way Epoch AI's database describes it, so that {@link
 * AmortisedHardware#epoch(EpochRun)} can cost it by Epoch's own rules ({@code docs/model.md}
 * §12.4): the accelerator, the organisation (which sets the PUE), the publication date (which dates
 * training and sets the electricity price), the training time, and optionally Epoch's fixed
 * training start for the few models it dates by hand.
 *
 * <pre>{@code
 * EpochRun llama2 = EpochRun.builder()
 *     .accelerator(catalog.accelerator("a100-sxm4-80gb"))
 *     .organisation("Meta AI")
 *     .publicationDate(LocalDate.of(2023, 7, 18))
 *     .trainingHours(1728)
 *     .build();
 * }</pre>
 *
 * @since 0.2
 */
@Value.Immutable
public interface EpochRun {

  /** Returns the accelerator (its TDP, release date and family set Epoch's constants). */
  Accelerator accelerator();

  /** Returns the organisation, e.g. "Meta AI": hyperscalers get PUE 1.1, others 1.25. */
  String organisation();

  /** Returns the publication date. */
  LocalDate publicationDate();

  /** Returns the training time in hours (Epoch truncates it to whole hours when dating). */
  double trainingHours();

  /**
   * Returns a fixed start of training, for models Epoch dates by hand (GPT-4, Gemini 1.0 Ultra).
   */
  Optional<LocalDate> trainingStart();

  /** Returns the hardware release date; the accelerator's catalog launch date by default. */
  Optional<LocalDate> releaseDate();

  /**
   * Returns whether hardware is depreciated to the start of training (Epoch's model_costs.csv),
   * true by default.
   */
  @Value.Default
  default boolean depreciateToStart() {
    return true;
  }

  /**
   * Returns the month whose dollars the result is also given in; Epoch's published CSVs use
   * 2024-12.
   */
  @Value.Default
  default YearMonth dollarMonth() {
    return YearMonth.of(2024, 12);
  }

  /** Checks the inputs. */
  @Value.Check
  default void check() {
    Check.notBlank(organisation(), "organisation");
    Check.positive(trainingHours(), "trainingHours", "h");
  }

  /** Returns a new builder. */
  static ImmutableEpochRun.Builder builder() {
    return ImmutableEpochRun.builder();
  }

  /**
   * Returns a copy with {@code accelerator} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withAccelerator(Accelerator value);

  /**
   * Returns a copy with {@code organisation} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withOrganisation(String value);

  /**
   * Returns a copy with {@code publicationDate} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withPublicationDate(LocalDate value);

  /**
   * Returns a copy with {@code trainingHours} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withTrainingHours(double value);

  /**
   * Returns a copy with {@code trainingStart} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withTrainingStart(LocalDate value);

  /**
   * Returns a copy with {@code trainingStart} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  EpochRun withTrainingStart(Optional<? extends LocalDate> optional);

  /**
   * Returns a copy with {@code releaseDate} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withReleaseDate(LocalDate value);

  /**
   * Returns a copy with {@code releaseDate} replaced, validated like a built value.
   *
   * @param optional the new value, or empty for none
   * @return the copy
   * @since 0.5
   */
  EpochRun withReleaseDate(Optional<? extends LocalDate> optional);

  /**
   * Returns a copy with {@code depreciateToStart} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withDepreciateToStart(boolean value);

  /**
   * Returns a copy with {@code dollarMonth} replaced, validated like a built value.
   *
   * @param value the new value
   * @return the copy
   * @since 0.5
   */
  EpochRun withDollarMonth(YearMonth value);
}
