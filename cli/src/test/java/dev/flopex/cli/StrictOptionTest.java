package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.costing.FleetResult;
import org.junit.jupiter.api.Test;

/**
 * {@code --strict}: warnings become an error listing them; without it the output is unchanged
 * (golden files).
 */
class StrictOptionTest {
  private static final String H100 = Examples.fleet("h100-neocloud.yaml");

  @Test
  void fleetStrict_refusesAResultWithWarnings_listingEveryOne() {
    FleetResult expected = Results.evaluate(H100);
    assertThat(expected.warnings()).isNotEmpty();
    Cli.Result r = Cli.run("fleet", H100, "--strict");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "flopex: strict mode: the result has " + expected.warnings().size() + " warning");
    expected.warnings().forEach(w -> assertThat(r.err()).contains(w.message()));
    assertThat(Cli.run("fleet", H100).code()).isZero();
  }

  @Test
  void theOtherCostingCommandsTakeStrictToo() {
    for (String[] args :
        new String[][] {
          {"sensitivity", H100, "--strict"},
          {"montecarlo", H100, "--samples", "100", "--strict"},
          {"compare", H100, Examples.fleet("mixed-fleet.yaml"), "--strict"},
          {"rental", "--fleet", H100, "--price", "2.2", "--strict"},
          {
            "tco",
            "--system",
            "hgx-h100",
            "--gpus",
            "1024",
            "--purchase-date",
            "2024-09-01",
            "--assumptions",
            "neocloud",
            "--region",
            "us-virginia",
            "--facility",
            "colocation-wholesale",
            "--strict"
          }
        }) {
      Cli.Result r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err())
          .as(String.join(" ", args))
          .startsWith("flopex: strict mode: the result has ");
    }
  }
}
