package dev.flopex.catalog;

import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A numeric precision an accelerator computes in. The bit length is the operand width used by the
 * US export-control TPP formula ("2 x MacTOPS x bit length of the operation"); TF32 counts as 32
 * bits because its operands are 32-bit words.
 *
 * @since 0.1
 */
public enum Precision {
  /** IEEE FP64 on the vector (non-tensor) units. */
  FP64_VECTOR("fp64_vector", 64, false),
  /** IEEE FP64 on matrix/tensor units. */
  FP64_TENSOR("fp64_tensor", 64, false),
  /** IEEE FP32 (non-tensor). */
  FP32("fp32", 32, false),
  /** NVIDIA TensorFloat-32 on tensor units (and equivalents such as AMD's TF32/XF32). */
  TF32("tf32", 32, false),
  /** bfloat16. */
  BF16("bf16", 16, false),
  /** IEEE FP16. */
  FP16("fp16", 16, false),
  /** 8-bit floating point (E4M3/E5M2), per-tensor scaled or unnamed scaling; see {@link #MXFP8}. */
  FP8("fp8", 8, false),
  /** 8-bit integer. */
  INT8("int8", 8, true),
  /** 6-bit floating point (E2M3/E3M2); see {@link #MXFP6}. */
  FP6("fp6", 6, false),
  /**
   * 4-bit floating point (E2M1) as a vendor prints it when it does not name the block-scaling
   * format; {@link #NVFP4} and {@link #MXFP4} are the named formats.
   */
  FP4("fp4", 4, false),
  /**
   * OCP Microscaling MXFP8: FP8 elements in blocks of 32 sharing an 8-bit power-of-two scale.
   *
   * @since 0.3
   */
  MXFP8("mxfp8", 8, false),
  /**
   * OCP Microscaling MXFP6: FP6 elements in blocks of 32 sharing an 8-bit power-of-two scale.
   *
   * @since 0.3
   */
  MXFP6("mxfp6", 6, false),
  /**
   * OCP Microscaling MXFP4: E2M1 elements in blocks of 32 sharing an 8-bit power-of-two scale.
   *
   * @since 0.3
   */
  MXFP4("mxfp4", 4, false),
  /**
   * NVIDIA NVFP4: E2M1 elements in blocks of 16 sharing an FP8 (E4M3) scale, plus a per-tensor FP32
   * scale.
   *
   * @since 0.3
   */
  NVFP4("nvfp4", 4, false);

  private final String key;
  private final int bitLength;
  private final boolean integer;

  Precision(String key, int bitLength, boolean integer) {
    this.key = key;
    this.bitLength = bitLength;
    this.integer = integer;
  }

  /** Returns the key used in data files and exports, e.g. {@code "bf16"}. */
  public String key() {
    return key;
  }

  /** Returns the bit length used in the TPP formula. */
  public int bitLength() {
    return bitLength;
  }

  /** Returns true for integer precisions, whose rates are in OP/s rather than FLOP/s. */
  public boolean isInteger() {
    return integer;
  }

  /** Returns the display unit: {@code TOP/s} for integer precisions, {@code TFLOP/s} otherwise. */
  public ComputeRateUnit displayUnit() {
    return integer ? ComputeRateUnit.TERAOP_PER_SECOND : ComputeRateUnit.TERAFLOP_PER_SECOND;
  }

  /**
   * Finds a precision by key ({@code "bf16"}), case-insensitively.
   *
   * @param key the key
   * @return the precision
   * @throws ValidationException listing the known keys
   */
  public static Precision fromKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (Precision p : values()) {
      if (p.key.equals(k)) {
        return p;
      }
    }
    throw new ValidationException(
        "precision",
        "'" + key + "'",
        "must be one of "
            + Arrays.stream(values()).map(Precision::key).collect(Collectors.joining(", ")));
  }
}
