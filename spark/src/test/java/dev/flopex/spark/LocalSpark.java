package dev.flopex.spark;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module (Spark starts once per JVM). */
public final class LocalSpark {
  private static final AtomicInteger JOBS = new AtomicInteger();
  private static SparkSession session;

  private LocalSpark() {}

  /**
   * Returns the module's local[2] session, created on first use.
   *
   * @return the session
   */
  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("flopex-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
      session
          .sparkContext()
          .addSparkListener(
              new SparkListener() {
                @Override
                public void onJobStart(SparkListenerJobStart jobStart) {
                  JOBS.incrementAndGet();
                }
              });
    }
    return session;
  }

  /** Returns how many Spark jobs have started so far (after the listener bus has drained). */
  static int jobsStarted() {
    try {
      get().sparkContext().listenerBus().waitUntilEmpty(10_000);
    } catch (TimeoutException e) {
      throw new AssertionError("the Spark listener bus did not drain", e);
    }
    return JOBS.get();
  }

  /** Returns a fleet file of the repository's examples. */
  public static Path fleet(String name) {
    return Path.of("..", "examples", "fleets", name);
  }
}
