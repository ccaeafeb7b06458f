package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in cloud-instance table (cloud-instances.yaml): names and TPU accelerator-type patterns
 * resolve to the accelerator and count their sources state, with prices per instance-hour.
 */
class CloudInstancesTest {
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();

  /**
   * Golden lookups. Sources: p5.48xlarge 'gpuCount': 8 (tsaol-aws-gpu-p5-family-2026-08); v5p-8 = 4
   * chips (Google's v5p topology table, 2 TensorCores per chip); 'v6e chip contains one
   * TensorCore'; 'Each TPU7x virtual machine (VM) contains 4 chips'; '8 MI300X' (Azure docs); 'Trn2
   * instances are powered by 16 Trainium2 chips'; Trn3 Gen2 UltraServer '144 Trainium3 devices';
   * 'BM.GPU.MI355X.8 - 8x AMD MI355X'.
   */
  @ParameterizedTest(name = "{0} -> {2} x {1}")
  @CsvSource({
    "p5.48xlarge, 8, h100-sxm5, tsaol-aws-gpu-p5-family-2026-08",
    "v5p-128, 64, tpu-v5p, google-cloud-tpu-v5p-doc-current",
    "v5p-8, 4, tpu-v5p, google-cloud-tpu-v5p-doc-current",
    "v5litepod-16, 16, tpu-v5e, gcloud-v5litepod-example",
    "v6e-256, 256, tpu-v6e, google-cloud-tpu-v6e-doc-current",
    "tpu7x-standard-4t, 4, tpu7x, google-cloud-tpu7x-doc-2026-05",
    "Standard_ND96isr_MI300X_v5, 8, mi300x, azure-docs-nd-mi300x-v5",
    "trn2.48xlarge, 16, trainium2, aws-neuron-trn2-arch-latest",
    "Trn3 Gen2 UltraServer, 144, trainium3, aws-neuron-trn3-arch",
    "BM.GPU.MI355X.8, 8, mi355x, oracle-oci-hpc-oke-repo",
    "u-p6e-gb200x72, 72, gb200, tsaol-aws-gpu-p6e-gb200-ultraservers",
    "a3-ultragpu-8g, 8, h200-sxm, gcp-cluster-toolkit-v1-44-1",
  })
  void test_lookup_givesTheSourcedAcceleratorAndCount(
      String name, int count, String accelerator, String source) {
    CloudInstance i = CATALOG.cloudInstance(name);
    assertThat(i.accelerator().id()).isEqualTo(accelerator);
    assertThat(i.acceleratorCount()).contains(count);
    assertThat(i.provenance().source().id()).isEqualTo(source);
  }

  @Test
  void test_namesMatchIgnoringCaseAndPunctuation() {
    assertThat(CATALOG.cloudInstance("P5-48XLARGE").name()).isEqualTo("p5.48xlarge");
    assertThat(CATALOG.cloudInstance("standard nd96isr mi300x v5").accelerator().id())
        .isEqualTo("mi300x");
  }

  @Test
  void test_unknownName_getsDidYouMean() {
    assertThatThrownBy(() -> CATALOG.cloudInstance("p5.48xlarg"))
        .isInstanceOf(UnknownPartException.class)
        .hasMessageContaining("'p5.48xlarg'")
        .hasMessageContaining("did you mean p5.48xlarge");
    // an odd v5p number is not a v5p type (two TensorCores per chip)
    assertThatThrownBy(() -> CATALOG.cloudInstance("v5p-3"))
        .isInstanceOf(UnknownPartException.class)
        .hasMessageContaining("v5p-{N}");
  }

  @Test
  void test_countIsOmitted_whereNoSourceStatesIt() {
    // Azure's GB200 VM size: the source prints vCPUs and RAM, not GPUs; never guessed
    assertThat(CATALOG.cloudInstance("Standard_ND128isr_NDR_GB200_v6").acceleratorCount())
        .isEmpty();
    assertThat(CATALOG.cloudInstance("trn3.48xlarge").acceleratorCount()).isEmpty();
  }

  @Test
  void test_prices_arePerInstanceHour_withRegionAndBasis() {
    CloudInstance p5 = CATALOG.cloudInstance("p5.48xlarge");
    assertThat(p5.prices()).hasSize(1);
    PricePoint p = p5.prices().get(0);
    assertThat(p.price().amount())
        .isEqualTo(55.04); // 'p5.48xlarge' us-east-1 on-demand, instances.vantage.sh 2026-08-26
    assertThat(p.unit()).isEqualTo(PriceUnit.PER_INSTANCE_HOUR);
    assertThat(p.basis()).isEqualTo(PriceBasis.CLOUD_ON_DEMAND);
    assertThat(p.region()).isEqualTo("us-east-1");
    // OCI MI355X shape, SkyPilot catalog v8: 68.8 USD per hour for 8 GPUs
    assertThat(CATALOG.cloudInstance("BM.GPU.MI355X.8").prices().get(0).price().amount())
        .isEqualTo(68.8);
    for (CloudInstance i : CATALOG.cloudInstances()) {
      for (PricePoint q : i.prices()) {
        assertThat(q.unit()).as(i.name()).isEqualTo(PriceUnit.PER_INSTANCE_HOUR);
        assertThat(List.of(PriceBasis.CLOUD_ON_DEMAND, PriceBasis.CLOUD_RESERVED))
            .as(i.name())
            .contains(q.basis());
        assertThat(q.region()).as(i.name()).isNotBlank();
      }
    }
  }

  @Test
  void test_table_coversEveryProvider_andListsNoPatterns() {
    assertThat(CATALOG.cloudInstances())
        .extracting(CloudInstance::provider)
        .contains("aws", "azure", "gcp", "oci");
    assertThat(CATALOG.cloudInstances())
        .extracting(i -> i.name().toLowerCase(Locale.ROOT))
        .noneMatch(n -> n.contains("{n}"));
    assertThat(CATALOG.cloudInstances()).hasSizeGreaterThanOrEqualTo(45);
  }
}
