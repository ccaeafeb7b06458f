package dev.flopex.costing.internal;

import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.CostComponent;
import dev.flopex.costing.analysis.Output;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fleet kernel specialised to a Monte Carlo whose uncertain inputs are all per-sample parameters
 * (prices, utilisation, power fractions, PUE, electricity, colocation, opex rates, capex fractions,
 * the resale decline): it evaluates a whole chunk of samples phase by phase, each phase a loop over
 * the chunk's samples, where {@link FleetKernel#evaluateInBox} evaluates one sample at a time.
 *
 * <p><b>The same numbers, bit for bit.</b> None of these parameters is read by a staged phase of
 * {@link ClusterKernel} (the bill of materials' quantities, racks, the fabric, the decline-free
 * year factors, goodput, the interest on a loan of 1, the WACC), so those are evaluated once, at
 * compile time, for every sample of the run. Each per-sample quantity is then computed by the same
 * operations in the same order as {@code ClusterKernel.prepare} and {@code totals} compute it (Java
 * arithmetic is strict, so equal operations give equal bits); only the order in which samples are
 * visited differs. Two differences in form, both exact: a component without a line is skipped
 * instead of adding {@code +0.0} (these sums start at {@code +0.0} and a positive zero added to
 * them changes nothing), and a capital fraction of zero adds {@code +0.0} instead of being skipped
 * (same argument). {@code ChunkProgramProperties} compares every output with the scalar kernel, bit
 * for bit, on generated clusters, fleets and input sets.
 *
 * <p>{@link #compile} returns null when the run does not qualify (an input that a staged phase
 * reads, such as the system count, the horizon or a book life); the Monte Carlo then evaluates
 * sample by sample as before. A chunk with a sample outside the inputs' box is also evaluated
 * sample by sample (with every rule checked).
 */
final class ChunkProgram {
  private static final int NC = CostComponent.values().length;

  /**
   * The per-sample parameters a cluster reads, in this order (an index into each cluster's map).
   */
  private static final int UTILISATION = 0;

  private static final AssumptionKey[] READ = {
    AssumptionKey.IDLE_POWER_FRACTION,
    AssumptionKey.BUSY_POWER_FRACTION,
    AssumptionKey.PUE,
    AssumptionKey.ELECTRICITY_USD_PER_KWH,
    AssumptionKey.COLOCATION_USD_PER_KW_MONTH,
    AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR,
    AssumptionKey.STAFF_USD_PER_MW_YEAR,
    AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR,
    AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR,
    AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR,
    AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX,
    AssumptionKey.SPARES_FRACTION_OF_CAPEX,
    AssumptionKey.IMPORT_DUTY_FRACTION,
    AssumptionKey.SALES_TAX_FRACTION,
    AssumptionKey.RESALE_DECLINE_PER_YEAR,
  };

  private static final int IDLE = 1;
  private static final int BUSY = 2;
  private static final int PUE = 3;
  private static final int ELECTRICITY = 4;
  private static final int COLOCATION = 5;
  private static final int SOFTWARE = 6;
  private static final int STAFF = 7;
  private static final int FACILITY_STAFF = 8;
  private static final int MAINTENANCE = 9;
  private static final int INSURANCE = 10;
  private static final int INSTALLATION = 11;
  private static final int SPARES = 12;
  private static final int DUTY = 13;
  private static final int TAX = 14;
  private static final int DECLINE = 15;

  /** Per-sample parameters before the price slots. */
  private static final int FIXED_READS = 1 + READ.length;

  private final Plan[] clusters;
  private final int inputs;

  private ChunkProgram(Plan[] clusters, int inputs) {
    this.clusters = clusters;
    this.inputs = inputs;
  }

  /**
   * The program of a run, or null if it does not qualify.
   *
   * @param k the fleet kernel
   * @param base the parameters every sample starts from
   * @param slots the parameter slots each input writes, in the order they are written
   * @param whole whether each input is rounded to a whole number
   * @param lo each input's lowest value (a corner of the box {@link FleetKernel#acceptsBox}
   *     accepted)
   */
  static @Nullable ChunkProgram compile(
      FleetKernel k, double[] base, int[][] slots, boolean[] whole, double[] lo) {
    int n = slots.length;
    // which input, if any, writes each parameter slot (the last one written wins, as in the loop)
    int[] writer = new int[base.length];
    java.util.Arrays.fill(writer, -1);
    for (int i = 0; i < n; i++) {
      if (whole[i]) {
        return null;
      }
      for (int s : slots[i]) {
        writer[s] = i;
      }
    }
    ClusterKernel[] kernels = k.kernels();
    int[] offsets = k.offsets();
    boolean[] allowed = new boolean[base.length];
    for (int c = 0; c < kernels.length; c++) {
      ClusterKernel kc = kernels[c];
      int o = offsets[c];
      allowed[o + ClusterKernel.UTILISATION] = true;
      for (AssumptionKey key : READ) {
        allowed[o + ClusterKernel.ASSUMPTIONS + key.ordinal()] = true;
      }
      if (kc.hasMaxPower) { // else the overhead sizes racks and contracted power: staged
        allowed[o + ClusterKernel.ASSUMPTIONS + AssumptionKey.SERVER_OVERHEAD_FRACTION.ordinal()] =
            true;
      }
      for (int s = 0; s < kc.slots; s++) {
        allowed[o + kc.slotPrice[s]] = true;
      }
    }
    // a price slot that a staged phase also reads (none today) would disqualify the run
    for (int c = 0; c < kernels.length; c++) {
      int o = offsets[c];
      for (int staged : STAGED) {
        allowed[o + staged] = false;
      }
    }
    for (int s = 0; s < base.length; s++) {
      if (writer[s] >= 0 && !allowed[s]) {
        return null;
      }
    }
    // the staged phases, evaluated once at a corner of the box (checked in full)
    double[] p0 = base.clone();
    for (int i = 0; i < n; i++) {
      for (int s : slots[i]) {
        p0[s] = lo[i];
      }
    }
    FleetKernel.FleetEvaluation e0 = (FleetKernel.FleetEvaluation) k.newEvaluation();
    try {
      k.evaluate(p0, e0);
    } catch (ValidationException | ArithmeticException ex) {
      return null; // the sample-by-sample path reports it
    }
    Plan[] cs = new Plan[kernels.length];
    for (int c = 0; c < kernels.length; c++) {
      cs[c] = new Plan(kernels[c], offsets[c], e0.ws[c], base, writer);
    }
    return new ChunkProgram(cs, n);
  }

  /** Parameter slots (relative to a cluster's offset) read by a staged phase. */
  private static final int[] STAGED;

  static {
    AssumptionKey[] keys = {
      AssumptionKey.STORAGE_TB_PER_GPU,
      AssumptionKey.STORAGE_W_PER_TB,
      AssumptionKey.RACK_POWER_DENSITY_KW,
      AssumptionKey.EQUITY_SHARE,
      AssumptionKey.COST_OF_EQUITY,
      AssumptionKey.COST_OF_DEBT,
      AssumptionKey.TAX_RATE,
      AssumptionKey.FACILITY_LIFE_YEARS,
      AssumptionKey.SERVER_USEFUL_LIFE_YEARS,
      AssumptionKey.NETWORK_USEFUL_LIFE_YEARS,
      AssumptionKey.WARRANTY_YEARS,
      AssumptionKey.OPEX_ESCALATION_PER_YEAR,
      AssumptionKey.INTERRUPTIONS_PER_MILLION_GPU_HOURS,
      AssumptionKey.CHECKPOINT_WRITE_MINUTES,
      AssumptionKey.RESTART_MINUTES,
      AssumptionKey.HOT_SPARE_FRACTION,
      AssumptionKey.MAX_JOB_GPUS,
    };
    STAGED = new int[keys.length + 4];
    for (int i = 0; i < keys.length; i++) {
      STAGED[i] = ClusterKernel.ASSUMPTIONS + keys[i].ordinal();
    }
    STAGED[keys.length] = ClusterKernel.SERVERS;
    STAGED[keys.length + 1] = ClusterKernel.HORIZON;
    STAGED[keys.length + 2] = ClusterKernel.DEBT_RATE;
    STAGED[keys.length + 3] = ClusterKernel.DEBT_TENOR;
  }

  /** A worker's state: the columns its clusters read and its scratch; one per worker thread. */
  Run newRun(double[][] x) {
    if (x.length != inputs) {
      throw new IllegalArgumentException(x.length + " input columns for " + inputs + " inputs");
    }
    return new Run(this, x);
  }

  /** What the program knows of one cluster: its staged values and where each read comes from. */
  private static final class Plan {
    final int reads; // FIXED_READS + price slots
    final int[] source; // per read: the input whose column it is, or -1 for a fixed value
    final double[] fixed; // per read: the value when fixed
    final int[] priceRead; // per BoM slot with a positive quantity: its read
    final double[] qty; // per such slot
    final int[] slotComponent; // per such slot
    final boolean[] active; // components with a line (or a capital fraction)
    final int[] keep; // per component: ClusterKernel's VALUE_KEPT
    final double[] share; // per component: the charged share within the horizon
    final boolean owned;
    final boolean debt;
    final boolean hasMaxPower;
    final double tdpW;
    final int perServer;
    final double maxPowerKw;
    final long servers;
    final long gpus;
    final int h;
    final double networkKw;
    final double storageKw;
    final double contractedKw;
    final double overheadFraction; // when !hasMaxPower (staged)
    final double annuity;
    final double escSum;
    final double escPv;
    final double maintenanceSum;
    final double maintenancePv;
    final double buildingSum;
    final double buildingPv;
    final double buildingKeptH;
    final double[] df;
    final double dfH;
    final double warranty;
    final double goodput;
    final double unitInterest;

    Plan(ClusterKernel k, int o, ClusterKernel.Workspace w, double[] base, int[] writer) {
      int slots = k.slots;
      reads = FIXED_READS + slots;
      source = new int[reads];
      fixed = new double[reads];
      int[] param = new int[reads];
      param[UTILISATION] = o + ClusterKernel.UTILISATION;
      for (int r = 0; r < READ.length; r++) {
        param[1 + r] = o + ClusterKernel.ASSUMPTIONS + READ[r].ordinal();
      }
      int lines = 0;
      for (int s = 0; s < slots; s++) {
        if (w.qty[s] > 0) {
          lines++;
        }
      }
      priceRead = new int[lines];
      qty = new double[lines];
      slotComponent = new int[lines];
      active = new boolean[NC];
      int line = 0;
      for (int s = 0; s < slots; s++) {
        param[FIXED_READS + s] = o + k.slotPrice[s];
        if (w.qty[s] > 0) {
          priceRead[line] = FIXED_READS + s;
          qty[line] = w.qty[s];
          slotComponent[line] = k.slotComponent[s].ordinal();
          active[slotComponent[line]] = true;
          line++;
        }
      }
      active[CostComponent.INSTALLATION.ordinal()] = true;
      active[CostComponent.SPARES.ordinal()] = true;
      active[CostComponent.DUTIES_TAXES.ordinal()] = true;
      for (int r = 0; r < reads; r++) {
        source[r] = writer[param[r]];
        fixed[r] = base[param[r]];
      }
      keep = new int[NC];
      share = new double[NC];
      for (int c = 0; c < NC; c++) {
        keep[c] = ClusterKernel.valueKept(c);
        // the life is staged (fixed for the run): the share the scalar kernel charges
        share[c] =
            active[c] ? k.chargedShare(w, c, base[o + ClusterKernel.lifeSlot(c)], w.horizon) : 0;
      }
      owned = k.owned;
      debt = k.debt;
      hasMaxPower = k.hasMaxPower;
      tdpW = k.tdpW;
      perServer = k.perServer;
      maxPowerKw = k.maxPowerKw;
      servers = w.servers;
      gpus = w.gpus;
      h = w.horizon;
      networkKw = w.networkW / 1000;
      storageKw = w.storageKw;
      contractedKw = w.contractedKw;
      overheadFraction =
          base[o + ClusterKernel.ASSUMPTIONS + AssumptionKey.SERVER_OVERHEAD_FRACTION.ordinal()];
      annuity = w.yearsAnnuity;
      escSum = w.escSum;
      escPv = w.escPv;
      maintenanceSum = w.maintenanceSum;
      maintenancePv = w.maintenancePv;
      buildingSum = w.buildingSum;
      buildingPv = w.buildingPv;
      buildingKeptH = w.buildingKeptH;
      df = java.util.Arrays.copyOf(w.yearDiscount, h);
      dfH = df[h - 1];
      warranty = base[o + ClusterKernel.ASSUMPTIONS + AssumptionKey.WARRANTY_YEARS.ordinal()];
      goodput = w.goodput;
      unitInterest = debt ? w.unitInterest : 0;
    }
  }

  /** One worker's columns and scratch. */
  static final class Run {
    private final ChunkProgram program;
    private final double[][] x;
    private final double[][][] columns; // per cluster, per read
    private final double[][] capex = new double[NC][MonteCarlo.CHUNK];
    private final double[] load = new double[MonteCarlo.CHUNK];
    private final double[] facilityKw = new double[MonteCarlo.CHUNK];
    private final double[] hardware = new double[MonteCarlo.CHUNK];
    private final double[] capexTotal = new double[MonteCarlo.CHUNK];
    private final double[] kept = new double[MonteCarlo.CHUNK];
    private final double[] keptSum = new double[MonteCarlo.CHUNK];
    private final double[] keptPv = new double[MonteCarlo.CHUNK];
    private final double[] hardwareKeptH = new double[MonteCarlo.CHUNK];
    // ClusterKernel.keptAfter's double-double power for the chunk: low part, base hi and lo
    private final double[] keptLo = new double[MonteCarlo.CHUNK];
    private final double[] baseHi = new double[MonteCarlo.CHUNK];
    private final double[] baseLo = new double[MonteCarlo.CHUNK];
    private final double[] hardwareCapex = new double[MonteCarlo.CHUNK];
    private final double[] buildingCapex = new double[MonteCarlo.CHUNK];
    private final double[] pv = new double[MonteCarlo.CHUNK];
    private final double[] charged = new double[MonteCarlo.CHUNK];
    // the fleet's sums, over clusters in order
    private final double[] economic = new double[MonteCarlo.CHUNK];
    private final double[] accounting = new double[MonteCarlo.CHUNK];
    private final double[] npv = new double[MonteCarlo.CHUNK];
    private final double[] capexSum = new double[MonteCarlo.CHUNK];
    private final double[] opexSum = new double[MonteCarlo.CHUNK];
    private final double[] hours = new double[MonteCarlo.CHUNK];
    private final double[] usefulHours = new double[MonteCarlo.CHUNK];

    Run(ChunkProgram program, double[][] x) {
      this.program = program;
      this.x = x;
      Map<Long, double[]> constants = new HashMap<>(); // equal fixed values share one column
      columns = new double[program.clusters.length][][];
      for (int c = 0; c < columns.length; c++) {
        Plan cl = program.clusters[c];
        columns[c] = new double[cl.reads][];
        for (int r = 0; r < cl.reads; r++) {
          if (cl.source[r] >= 0) {
            columns[c][r] = x[cl.source[r]];
          } else {
            double v = cl.fixed[r];
            columns[c][r] =
                constants.computeIfAbsent(
                    Double.doubleToRawLongBits(v),
                    bits -> {
                      double[] col = new double[MonteCarlo.CHUNK];
                      java.util.Arrays.fill(col, v);
                      return col;
                    });
          }
        }
      }
    }

    /**
     * Costs the chunk's first {@code count} samples (their inputs in the columns this run was made
     * with) and writes {@code output} of sample j to {@code dst[at + j]}.
     */
    void evaluate(int count, Output output, double[] dst, int at) {
      for (int j = 0; j < count; j++) {
        economic[j] = 0;
        accounting[j] = 0;
        npv[j] = 0;
        capexSum[j] = 0;
        opexSum[j] = 0;
        hours[j] = 0;
        usefulHours[j] = 0;
      }
      for (int c = 0; c < program.clusters.length; c++) {
        cluster(program.clusters[c], columns[c], count);
      }
      switch (output) {
        case COST_PER_USEFUL_GPU_HOUR:
          for (int j = 0; j < count; j++) {
            dst[at + j] = npv[j] / usefulHours[j];
          }
          break;
        case ECONOMIC_COST:
          System.arraycopy(economic, 0, dst, at, count);
          break;
        case NPV_OF_COSTS:
          System.arraycopy(npv, 0, dst, at, count);
          break;
        case ACCOUNTING_TCO:
          System.arraycopy(accounting, 0, dst, at, count);
          break;
        case CAPEX:
          System.arraycopy(capexSum, 0, dst, at, count);
          break;
        case OPEX_YEAR1:
          System.arraycopy(opexSum, 0, dst, at, count);
          break;
        default:
          for (int j = 0; j < count; j++) {
            dst[at + j] = npv[j] / hours[j];
          }
      }
    }

    /** One cluster's phases over the chunk, added to the fleet's sums. */
    private void cluster(Plan k, double[][] col, int count) {
      double[] u = col[UTILISATION];
      // §5 power (ClusterKernel.prepare)
      double[] idle = col[IDLE];
      double[] busy = col[BUSY];
      double[] pue = col[PUE];
      for (int j = 0; j < count; j++) {
        load[j] = idle[j] + (busy[j] - idle[j]) * u[j];
      }
      double gpuKwPerServerMax = k.perServer * k.tdpW / 1000;
      double nonGpuKwPerServerMax =
          k.hasMaxPower ? k.maxPowerKw - gpuKwPerServerMax : gpuKwPerServerMax * k.overheadFraction;
      double gpuKwAtFull = k.gpus * k.tdpW / 1000;
      double overheadAtFull = k.servers * nonGpuKwPerServerMax;
      double networkKw = k.networkKw;
      double storageKw = k.storageKw;
      for (int j = 0; j < count; j++) {
        double gpuKw = gpuKwAtFull * load[j];
        double overheadKw = overheadAtFull * load[j];
        double itKw = gpuKw + overheadKw + networkKw + storageKw;
        facilityKw[j] = itKw * pue[j];
      }
      // §2-§7 CapEx by component, in slot order
      for (int c = 0; c < NC; c++) {
        if (k.active[c]) {
          double[] cap = capex[c];
          for (int j = 0; j < count; j++) {
            cap[j] = 0;
          }
        }
      }
      for (int line = 0; line < k.qty.length; line++) {
        double q = k.qty[line];
        double[] price = col[k.priceRead[line]];
        double[] cap = capex[k.slotComponent[line]];
        for (int j = 0; j < count; j++) {
          cap[j] += q * price[j];
        }
      }
      double[] servers = capex[CostComponent.SERVERS.ordinal()];
      double[] network = capex[CostComponent.NETWORK.ordinal()];
      double[] optics = capex[CostComponent.OPTICS_CABLES.ordinal()];
      double[] storage = capex[CostComponent.STORAGE.ordinal()];
      double[] installation = capex[CostComponent.INSTALLATION.ordinal()];
      double[] spares = capex[CostComponent.SPARES.ordinal()];
      double[] duties = capex[CostComponent.DUTIES_TAXES.ordinal()];
      double[] inst = col[INSTALLATION];
      double[] spare = col[SPARES];
      double[] duty = col[DUTY];
      double[] tax = col[TAX];
      for (int j = 0; j < count; j++) {
        // components without a line hold +0.0 here, as in the scalar kernel
        double hw =
            (k.active[CostComponent.SERVERS.ordinal()] ? servers[j] : 0)
                + (k.active[CostComponent.NETWORK.ordinal()] ? network[j] : 0)
                + (k.active[CostComponent.OPTICS_CABLES.ordinal()] ? optics[j] : 0)
                + (k.active[CostComponent.STORAGE.ordinal()] ? storage[j] : 0);
        hardware[j] = hw;
        double installed = inst[j] * hw;
        if (installed > 0) {
          installation[j] += installed;
        }
        double spared = spare[j] * hw;
        if (spared > 0) {
          spares[j] += spared;
        }
        double dutied = (duty[j] + tax[j]) * (hw + spared);
        if (dutied > 0) {
          duties[j] += dutied;
        }
      }
      for (int j = 0; j < count; j++) {
        capexTotal[j] = 0;
      }
      for (int c = 0; c < NC; c++) {
        if (k.active[c]) {
          double[] cap = capex[c];
          for (int j = 0; j < count; j++) {
            capexTotal[j] += cap[j];
          }
        }
      }
      // §8 capital (ClusterKernel.totals): the value kept at the decline, year by year
      double[] decline = col[DECLINE];
      int h = k.h;
      double[] df = k.df;
      // year by year for all samples at once (the same operations per sample, in the same order)
      for (int j = 0; j < count; j++) {
        kept[j] = 1;
        keptSum[j] = 0;
        keptPv[j] = 0;
      }
      for (int y = 0; y < h; y++) {
        double dfy = df[y];
        for (int j = 0; j < count; j++) {
          double kp = kept[j];
          keptSum[j] += kp;
          keptPv[j] += kp * dfy;
          kept[j] = kp * (1 - decline[j]);
        }
      }
      // ClusterKernel.keptAfter(decline[j], h) for the whole chunk, a step of the squaring at a
      // time over all samples (loops the JIT vectorises): each sample's operations and their order
      // are keptAfter's, so the same bits
      double[] rh = hardwareKeptH;
      double[] rl = keptLo;
      double[] bh = baseHi;
      double[] bl = baseLo;
      for (int j = 0; j < count; j++) {
        rh[j] = 1;
        rl[j] = 0;
        bh[j] = 1 - decline[j];
        bl[j] = 0;
      }
      for (int n = h; ; ) {
        if ((n & 1) != 0) {
          for (int j = 0; j < count; j++) {
            double p = rh[j] * bh[j];
            double e = Math.fma(rh[j], bh[j], -p) + (rh[j] * bl[j] + rl[j] * bh[j]);
            double hi = p + e;
            rh[j] = hi;
            rl[j] = e - (hi - p);
          }
        }
        n >>>= 1;
        if (n == 0) {
          break;
        }
        for (int j = 0; j < count; j++) {
          double b = bh[j];
          double p = b * b;
          double e = Math.fma(b, b, -p) + 2 * (b * bl[j]);
          double hi = p + e;
          bh[j] = hi;
          bl[j] = e - (hi - p);
        }
      }
      for (int j = 0; j < count; j++) {
        rh[j] += rl[j];
      }
      double dfH = k.dfH;
      double buildingKeptH = k.buildingKeptH;
      double buildingFactor = 1 - buildingKeptH * dfH;
      for (int j = 0; j < count; j++) {
        hardwareCapex[j] = 0;
        buildingCapex[j] = 0;
        pv[j] = 0;
        charged[j] = 0;
      }
      for (int c = 0; c < NC; c++) {
        if (!k.active[c]) {
          continue;
        }
        double[] cap = capex[c];
        double share = k.share[c];
        switch (k.keep[c]) {
          case ClusterKernel.KEPT_HARDWARE:
            for (int j = 0; j < count; j++) {
              double cost = cap[j];
              hardwareCapex[j] += cost;
              pv[j] += cost * (1 - hardwareKeptH[j] * dfH);
              charged[j] += cost * share;
            }
            break;
          case ClusterKernel.KEPT_BUILDING:
            for (int j = 0; j < count; j++) {
              double cost = cap[j];
              buildingCapex[j] += cost;
              pv[j] += cost * buildingFactor;
              charged[j] += cost * share;
            }
            break;
          default:
            for (int j = 0; j < count; j++) {
              double cost = cap[j];
              pv[j] += cost * (1 - 0 * dfH);
              charged[j] += cost * share;
            }
        }
      }
      // §9 operating costs
      double[] electricity = col[ELECTRICITY];
      double[] colocation = col[COLOCATION];
      double[] software = col[SOFTWARE];
      double[] staff = col[STAFF];
      double[] facilityStaff = col[FACILITY_STAFF];
      double[] maintenanceRate = col[MAINTENANCE];
      double[] insurance = col[INSURANCE];
      boolean owned = k.owned;
      double contractedKw = k.contractedKw;
      long gpus = k.gpus;
      double warrantyCovered = 1 - Math.min(1, Math.max(0, k.warranty));
      double annuity = k.annuity;
      for (int j = 0; j < count; j++) {
        double flat =
            facilityKw[j] * ClusterKernel.HOURS_PER_YEAR * electricity[j]
                + (owned ? 0 : contractedKw * colocation[j] * 12)
                + gpus * software[j]
                + contractedKw / 1000 * (staff[j] + (owned ? facilityStaff[j] : 0));
        double maintenance = hardware[j] * maintenanceRate[j];
        double rate = insurance[j];
        double opex =
            flat * k.escSum
                + maintenance * k.maintenanceSum
                + rate * (hardwareCapex[j] * keptSum[j] + buildingCapex[j] * k.buildingSum);
        double present =
            pv[j]
                + (flat * k.escPv
                    + maintenance * k.maintenancePv
                    + rate * (hardwareCapex[j] * keptPv[j] + buildingCapex[j] * k.buildingPv));
        double opexYear1 =
            flat + maintenance * warrantyCovered + rate * (hardwareCapex[j] + buildingCapex[j]);
        // §10 both bases, added to the fleet's sums as FleetKernel adds them
        double levelAnnualCost = present / annuity;
        double interest = k.debt ? capexTotal[j] * k.unitInterest : 0;
        double gpuHours = gpus * ClusterKernel.HOURS_PER_YEAR * u[j] * annuity;
        economic[j] += levelAnnualCost * h;
        accounting[j] += charged[j] + opex + interest;
        npv[j] += present;
        capexSum[j] += capexTotal[j];
        opexSum[j] += opexYear1;
        hours[j] += gpuHours;
        usefulHours[j] += gpuHours * k.goodput;
      }
    }
  }
}
