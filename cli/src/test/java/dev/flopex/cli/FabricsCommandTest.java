package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fabric choice on the command line and in fleet files (docs/model.md §3, docs/fleet-files.md).
 */
class FabricsCommandTest {
  private static final String[] H100_100MW = {
    "tco",
    "--system",
    "hgx-h100",
    "--it-mw",
    "100",
    "--purchase-date",
    "2026-06-01",
    "--assumptions",
    "neocloud",
    "--region",
    "us-virginia",
    "--facility",
    "owned"
  };

  private static String[] with(String[] base, String... more) {
    List<String> a = new ArrayList<>(List.of(base));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  private static void assertOneLineError(Cli.Result r, String... parts) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("flopex: ").contains(parts);
  }

  @Test
  void test_powerMw100_onePlaneIsRefusedNamingTheLimit() {
    assertOneLineError(
        Cli.run(H100_100MW),
        "endpoints must be <= 65536 for a 3-tier fat tree of radix 64",
        "in 1 plane",
        "use 2 planes",
        "x that");
  }

  @Test
  void test_powerMw100_fitsOnTwoPlanes() throws IOException {
    Cli.Result r = Cli.run(with(H100_100MW, "--planes", "2", "--format", "json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode net = new ObjectMapper().readTree(r.out()).at("/clusters/0/networks/0");
    assertThat(net.at("/design").asText()).isEqualTo("multi-plane fat tree (2 planes)");
    assertThat(net.at("/topology").asText()).isEqualTo("fat-tree");
    assertThat(net.at("/planes").asLong()).isEqualTo(2);
    assertThat(net.at("/endpoints").asLong()).isGreaterThan(65_536);
    Cli.Result detail = Cli.run(with(H100_100MW, "--planes", "2", "--detail"));
    assertThat(detail.out())
        .contains("quantum-2-qm9700, multi-plane fat tree (2 planes), 3 tiers per plane, radix 64");
  }

  @Test
  void test_gb200At131kOnRailOnlyAndEthernet() {
    String[] gb200 = {
      "tco",
      "--system",
      "gb200-nvl72",
      "--gpus",
      "131072",
      "--rounding",
      "up",
      "--purchase-date",
      "2026-06-01",
      "--assumptions",
      "hyperscaler",
      "--region",
      "us-virginia",
      "--facility",
      "owned",
      "--nic-link",
      "osfp-400g-dr4",
      "--switch-link",
      "osfp-800g-2xdr4-100m",
      "--fabric-link",
      "osfp-800g-2xdr4",
      "--detail"
    };
    Cli.Result ib = Cli.run(with(gb200, "--topology", "rail-only"));
    assertThat(ib.code()).as(ib.err()).isZero();
    assertThat(ib.out())
        .contains(
            "quantum-2-qm9700, rail-only, 2 tiers per plane, radix 64, 131,112 endpoints: 4,104 leaf + 2,088 spine + 0 core"
                + " = 6,192 switches");
    Cli.Result eth = Cli.run(with(gb200, "--switch", "tomahawk6-102t-system", "--planes", "6"));
    assertThat(eth.code()).as(eth.err()).isZero();
    assertThat(eth.out())
        .contains(
            "tomahawk6-102t-system, multi-plane fat tree (6 planes), 2 tiers per plane, radix 256");
  }

  /** Where and when issue 11's rack-scale systems of 2026 are bought. */
  private static final String[] SITE_2026 = {
    "--purchase-date",
    "2026-12-01",
    "--assumptions",
    "hyperscaler",
    "--region",
    "us-texas",
    "--facility",
    "owned"
  };

  /** Their 800G parts (docs/model.md §11). */
  private static final String[] LINKS_800G = {
    "--nic-link",
    "osfp-800g-dr8-lpo",
    "--switch-link",
    "osfp-800g-dr8-lpo",
    "--fabric-link",
    "osfp-800g-dr8-lpo",
    "--detail"
  };

  private static String[] tco(String system, String... more) {
    List<String> a = new ArrayList<>(List.of("tco", "--system", system));
    a.addAll(List.of(SITE_2026));
    a.addAll(List.of(LINKS_800G));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void test_gb300At131k_onInfiniBandAndOnEthernet() {
    String[] size = {"--gpus", "131072", "--rounding", "up"};
    Cli.Result ib = Cli.run(with(tco("gb300-nvl72", size), "--switch", "quantum-x800-q3400"));
    assertThat(ib.code()).as(ib.err()).isZero();
    assertThat(ib.out())
        .contains("1,821 x gb300-nvl72 (131,112 GPUs)")
        .contains(
            "quantum-x800-q3400, fat tree, 3 tiers, radix 144, 131,112 endpoints: 1,821 leaf + 1,821"
                + " spine + 911 core = 4,553 switches");
    Cli.Result eth = Cli.run(with(tco("gb300-nvl72", size), "--switch", "tomahawk6-102t-system"));
    assertThat(eth.code()).as(eth.err()).isZero();
    assertThat(eth.out())
        .contains("1,821 x gb300-nvl72 (131,112 GPUs)")
        .contains("tomahawk6-102t-system, fat tree, 3 tiers, radix 128, 131,112 endpoints");
    // a 64-port 800G Ethernet switch cannot connect them in one plane and says by how much
    assertOneLineError(
        Cli.run(with(tco("gb300-nvl72", size), "--switch", "spectrum-4-sn5610")),
        "endpoints must be <= 65536 for a 3-tier fat tree of radix 64",
        "use 3 planes",
        "but was 131112, 2.01x that");
  }

  @Test
  void test_veraRubinNvl72Deployment() {
    Cli.Result r =
        Cli.run(with(tco("vera-rubin-nvl72", "--servers", "16"), "--switch", "quantum-x800-q3400"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("16 x vera-rubin-nvl72 (1,152 GPUs)").contains("USD/GPU-H");
  }

  @Test
  void test_defaultNetworkOnAn800gSystem_namesTheOptionsAndTheFastEnoughParts() {
    assertOneLineError(
        Cli.run(with(new String[] {"tco", "--system", "gb300-nvl72", "--servers", "2"}, SITE_2026)),
        "--switch must be given, with --nic-link, --switch-link and --fabric-link, for"
            + " gb300-nvl72: its scale-out NICs (connectx-8-800g) run at 800 Gb/s, and the default"
            + " network (quantum-2-qm9700 with osfp-400g-sr4 and osfp-800g-2xsr4) at 400 Gb/s.",
        "switches quantum-x800-q3400, quantum-x800-q3450-ld,",
        "spectrum-4-sn5610",
        "tomahawk6-102t-system",
        "transceivers and cables dac-800g,",
        "osfp-800g-dr8-lpo",
        "but was missing");
    // a 400G system keeps the default network
    assertThat(Cli.run(with(H100_100MW, "--planes", "2")).code()).isZero();
  }

  @Test
  void test_badFabricOptions() {
    assertOneLineError(
        Cli.run(with(H100_100MW, "--switch", "qm970")),
        "switch 'qm970' is not in the catalog; did you mean quantum-2-qm9700");
    assertOneLineError(
        Cli.run(with(H100_100MW, "--topology", "dragonfly")),
        "--topology",
        "must be one of fat-tree, rail-optimized, rail-only");
    assertOneLineError(
        Cli.run(with(H100_100MW, "--planes", "3")),
        "planes must divide the 8 scale_out NIC ports of each hgx-h100");
    assertOneLineError(Cli.run(with(H100_100MW, "--planes", "0")), "--planes", "must be >= 1");
  }

  private static Path fleet(Path dir, String network) throws IOException {
    String yaml =
        "schema: flopex-fleet/1\n"
            + "name: fabrics\n"
            + "terms: {horizon_years: 5, utilisation: 0.8}\n"
            + "clusters:\n"
            + "  - name: h800\n"
            + "    system: hgx-h100\n"
            + "    gpus: 16384\n"
            + "    purchase_date: 2024-09-01\n"
            + "    site: {region: us-virginia, facility: colocation-wholesale, name: colocation}\n"
            + "    assumptions: neocloud\n"
            + "    networks:\n"
            + "      - {name: scale-out, role: scale_out, server_link_nic_end: osfp-400g-sr4, server_link_switch_end: osfp-800g-2xsr4, "
            + "fabric_link: osfp-800g-2xsr4, "
            + network
            + "}\n";
    Path f = dir.resolve("fabrics.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void test_fleetFile_deepseekMultiPlane(@TempDir Path dir) throws IOException {
    // DeepSeek's MPFT: 2,048 servers x 8 NICs in 8 two-tier planes of QM9700 = 768 switches (Table
    // 3)
    Cli.Result r =
        Cli.run(
            "fleet",
            fleet(dir, "switch: quantum-2-qm9700, topology: fat-tree, planes: 8").toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode net = new ObjectMapper().readTree(r.out()).at("/clusters/0/networks/0");
    assertThat(net.at("/switches").asLong()).isEqualTo(768);
    assertThat(net.at("/tiers").asLong()).isEqualTo(2);
  }

  @Test
  void test_fleetFile_badFabric(@TempDir Path dir) throws IOException {
    Cli.Result sw = Cli.run("fleet", fleet(dir, "switch: quantum-2-qm970").toString());
    assertOneLineError(sw, "fabrics.yaml:", "did you mean quantum-2-qm9700");
    Cli.Result both =
        Cli.run(
            "fleet",
            fleet(dir, "switch: quantum-2-qm9700, topology: rail-only, rail_optimized: true")
                .toString());
    assertOneLineError(both, "fabrics.yaml:", "rail_optimized", "must not be given with topology");
    Cli.Result planes =
        Cli.run("fleet", fleet(dir, "switch: quantum-2-qm9700, planes: 3").toString());
    assertOneLineError(planes, "fabrics.yaml:", "planes must divide the 8 scale_out NIC ports");
  }
}
