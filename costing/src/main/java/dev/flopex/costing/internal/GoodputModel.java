package dev.flopex.costing.internal;

import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;

/**
 * The goodput formula ({@code docs/model.md} §10.3), shared by the cluster kernel and training
 * runs. A job on {@code n} GPUs is interrupted {@code λ = rate x n} times an hour; it writes a
 * checkpoint of {@code C} hours at Young's optimal interval {@code τ = sqrt(2 C / λ)} and loses
 * {@code R + τ / 2} hours per interruption, so the share of its time that advances the work is
 * {@code 1 - C/τ - λ (R + τ/2) = 1 - sqrt(2 C λ) - λ R}; hot spares scale it by {@code 1 - s}.
 * Allocates nothing but to throw.
 */
public final class GoodputModel {
  private GoodputModel() {}

  /** Interruptions per hour of a job on {@code jobGpus}. */
  public static double jobInterruptionsPerHour(double perMillionGpuHours, double jobGpus) {
    return perMillionGpuHours / 1e6 * jobGpus;
  }

  /**
   * Returns the goodput of a job.
   *
   * @param perMillionGpuHours interruptions per million GPU-hours
   * @param checkpointMinutes checkpoint write time, minutes
   * @param restartMinutes restart time, minutes
   * @param spare hot-spare share, in [0, 1)
   * @param jobGpus GPUs the job runs on
   * @return the goodput, in (0, 1]
   * @throws ValidationException when the job would make no progress
   */
  public static double fraction(
      double perMillionGpuHours,
      double checkpointMinutes,
      double restartMinutes,
      double spare,
      double jobGpus) {
    double lambda = jobInterruptionsPerHour(perMillionGpuHours, jobGpus);
    double c = checkpointMinutes / 60;
    double lost = Math.sqrt(2 * c * lambda) + lambda * restartMinutes / 60;
    double g = (1 - spare) * (1 - lost);
    if (!(g > 0)) {
      throw new ValidationException(
          "goodput",
          Check.format(g),
          "must be in (0, 1]: a job on "
              + Math.round(jobGpus)
              + " GPUs interrupted "
              + Check.format(Math.round(lambda * 100) / 100.0)
              + " times an hour with "
              + Check.format(checkpointMinutes)
              + "-minute checkpoints and "
              + Check.format(restartMinutes)
              + "-minute restarts makes no progress; lower checkpoint_write_minutes, restart_minutes, interruptions_per_million_gpu_hours"
              + " or max_job_gpus");
    }
    return g;
  }

  /**
   * Young's optimal checkpoint interval, hours; 0 when nothing interrupts or checkpoints are free.
   */
  public static double intervalHours(
      double perMillionGpuHours, double checkpointMinutes, double jobGpus) {
    double lambda = jobInterruptionsPerHour(perMillionGpuHours, jobGpus);
    double c = checkpointMinutes / 60;
    return lambda > 0 && c > 0 ? Math.sqrt(2 * c / lambda) : 0;
  }
}
