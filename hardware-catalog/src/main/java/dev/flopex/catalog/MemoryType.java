package dev.flopex.catalog;

import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The technology of an accelerator's local memory. Stacked high-bandwidth memory ({@link
 * #isStacked()}) sits beside the die; GDDR and LPDDR are board or package memory with lower
 * bandwidth per byte. Huawei's own stacked memories (HiBL, HiZQ) are listed under their names.
 *
 * @since 0.3
 */
public enum MemoryType {
  /** HBM2. */
  HBM2("HBM2", true),
  /** HBM2e. */
  HBM2E("HBM2e", true),
  /** HBM3. */
  HBM3("HBM3", true),
  /** HBM3e. */
  HBM3E("HBM3e", true),
  /** HBM4. */
  HBM4("HBM4", true),
  /** Huawei HiBL 1.0 (a lower-cost stacked memory on Ascend 950PR). */
  HIBL("HiBL", true),
  /** Huawei HiZQ 2.0 (stacked memory on Ascend 950DT). */
  HIZQ("HiZQ", true),
  /** GDDR6. */
  GDDR6("GDDR6", false),
  /** GDDR7. */
  GDDR7("GDDR7", false),
  /** LPDDR5. */
  LPDDR5("LPDDR5", false),
  /** LPDDR5X. */
  LPDDR5X("LPDDR5X", false);

  private final String label;
  private final boolean stacked;

  MemoryType(String label, boolean stacked) {
    this.label = label;
    this.stacked = stacked;
  }

  /** Returns the usual spelling, e.g. {@code HBM3e}. */
  public String label() {
    return label;
  }

  /** Returns true for stacked high-bandwidth memory (HBM and its equivalents). */
  public boolean isStacked() {
    return stacked;
  }

  /**
   * Finds a memory type by its spelling, ignoring case, spaces and a version suffix such as {@code
   * " 1.0"} ({@code "hbm3e"}, {@code "HiBL 1.0"}).
   *
   * @param text the spelling
   * @return the memory type
   * @throws ValidationException listing the known types
   */
  public static MemoryType parse(String text) {
    String t =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+\\d+(\\.\\d+)?$", "")
            .replace(" ", "");
    for (MemoryType m : values()) {
      if (m.label.toLowerCase(Locale.ROOT).equals(t)) {
        return m;
      }
    }
    throw new ValidationException(
        "memory.type",
        "'" + text + "'",
        "must be one of "
            + Arrays.stream(values()).map(MemoryType::label).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label;
  }
}
