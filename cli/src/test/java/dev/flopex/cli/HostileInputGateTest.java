package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.ClusterResult;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.FleetResult;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input gate (issue 10): a generated corpus of at least 100,000 hostile inputs per run
 * across fleet files (through the API and through the CLI), catalog overlays, CLI argument vectors
 * and, as real processes, a few hundred of the CLI cases. Every case must end in one of the
 * documented ways: accepted with finite, control-free output, or refused with a {@link
 * ValidationException} / exit code 2 and one line on standard error. Never an internal error, a
 * stack trace, a hang, NaN or Infinity in output, a text value changed on the way, or a file
 * changed by a run that failed.
 *
 * <p>The corpus is generated from the shipped example fleets, the overlay example in
 * docs/catalog.md and the commands in README.md, mutated with hostile values from a fixed seed, so
 * a failure is reproducible: the failing inputs are written to {@code target/hostile-input-gate/}.
 * Counts per outcome go to {@code target/hostile-input-gate.txt} and to the test report. {@code
 * -Dflopex.gate.cases=N} and {@code -Dflopex.gate.processes=N} change the size (defaults 100,000
 * and 200), {@code -Dflopex.gate.seed=S} the seed.
 */
class HostileInputGateTest {
  private static final Path ROOT = Path.of("..");
  private static final Path OUT = Path.of("target", "hostile-input-gate");
  private static final int CASES = Integer.getInteger("flopex.gate.cases", 100_000);
  private static final int PROCESSES = Integer.getInteger("flopex.gate.processes", 200);
  private static final long SEED = Long.getLong("flopex.gate.seed", 20261202L);
  private static final long CASE_TIMEOUT_SECONDS = 60;
  private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
  private static final CostEngine ENGINE = CostEngine.create();

  /** Values an attacker or a careless user puts where a value goes. */
  private static final List<String> HOSTILE =
      List.of(
          "NaN",
          ".nan",
          ".NaN",
          ".inf",
          "-.inf",
          "Infinity",
          "-Infinity",
          "-1",
          "0",
          "-0",
          "0.0",
          "1e308",
          "1.7976931348623157e308",
          "-1.7976931348623157e308",
          "1e400",
          "-1e400",
          "4.9e-324",
          "1e-320",
          "''",
          "\"\"",
          "NO",
          "no",
          "off",
          "On",
          "yes",
          "y",
          "~",
          "null",
          "[]",
          "{}",
          "[1, 2]",
          "{a: 1}",
          "!!java.lang.Runtime",
          "!!str x",
          "!foo bar",
          "&a x",
          "*a",
          "11",
          "100",
          "1000000",
          "0.0000001",
          "-2024-01-01",
          "2024-13-45",
          "2024-02-30",
          "1900-01-01",
          "2200-01-01",
          "0001-01-01",
          "\"\\e[2J\\a\"",
          "\"\\u202Egnp\"",
          "\"\\x9b31m\"",
          "\"\\0\"",
          "012",
          "0x1F",
          "0o17",
          "1_000",
          "+1",
          ".5",
          "1e3",
          "0.10",
          "HGX-H100",
          "hgx-h10",
          "\"%s%n%d\"",
          "../../etc/passwd",
          "/dev/zero",
          "{{",
          "]]",
          "[",
          "{",
          ":",
          "- x",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "2147483647",
          "3.5",
          "0.5",
          "1",
          "2",
          "true",
          "false",
          "\"7\"",
          "x".repeat(3000),
          "é",
          "\"\\uD800\"",
          "#",
          "'a'b",
          "\"a\" b",
          "|",
          ">",
          "? x");

  /** Options with a value, and bare flags, that an argument vector may gain. */
  private static final List<String> OPTIONS =
      List.of(
          "--format",
          "--gpus",
          "--servers",
          "--purchase-date",
          "--assumptions",
          "--region",
          "--facility",
          "--set",
          "--horizon-years",
          "--utilisation",
          "--financing",
          "--debt-rate",
          "--debt-tenor-years",
          "--samples",
          "--seed",
          "--threads",
          "--output",
          "--price",
          "--pue",
          "--electricity-price",
          "--load-factor",
          "--mfu",
          "--params",
          "--tokens",
          "--flops",
          "--catalog",
          "--accelerator",
          "--system",
          "--as-of",
          "--rule",
          "--method",
          "--hardware-age-years",
          "--gpu-hours",
          "--detail",
          "--help",
          "--version",
          "-h",
          "--",
          "-");

  private static final Pattern NON_FINITE =
      Pattern.compile(
          "(?<![A-Za-z])(NaN|-?Infinity)(?![A-Za-z]| Fabric)"); // AMD's Infinity Fabric is a name

  /** Counts per outcome, e.g. "fleet-api: refused when read". */
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failureFiles = new AtomicInteger();

  @TempDir Path tmp;

  private void count(String outcome) {
    counts.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
  }

  /** Records a failure with its reproducer. */
  private void fail(String kind, String what, String input) {
    count("FAILED " + kind);
    int n = failureFiles.incrementAndGet();
    if (n <= 50) {
      try {
        Files.createDirectories(OUT);
        Files.writeString(
            OUT.resolve("failure-" + n + ".txt"),
            kind + "\n" + what + "\n---\n" + input,
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        // the failure itself is recorded below
      }
      failures.add(
          kind
              + ": "
              + what.lines().findFirst().orElse("")
              + " (target/hostile-input-gate/failure-"
              + n
              + ".txt)");
    }
  }

  // ---------------------------------------------------------------- generation

  private static List<String> fleetTexts() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("examples/fleets"))) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  private static String overlayExample() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/catalog.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n", doc.indexOf("The following file adds one accelerator"));
    return doc.substring(start + 8, doc.indexOf("```", start + 8));
  }

  /** Applies one to three hostile edits to a YAML text. */
  static String mutate(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      switch (r.nextInt(10)) {
        case 0, 1, 2, 3 -> { // a hostile value for a key
          if (colon > 0 && !line.stripLeading().startsWith("#")) {
            lines.set(i, line.substring(0, colon + 2) + HOSTILE.get(r.nextInt(HOSTILE.size())));
          }
        }
        case 4 -> lines.remove(i);
        case 5 -> lines.add(i, line);
        case 6 ->
            lines.add(
                i,
                line.substring(0, line.length() - line.stripLeading().length())
                    + "unknown_field_"
                    + r.nextInt(3)
                    + ": 1");
        case 7 -> { // a number scaled out of its range
          java.util.regex.Matcher m = Pattern.compile("(-?[0-9]+(\\.[0-9]+)?)").matcher(line);
          if (colon > 0 && m.find(colon)) {
            String[] factors = {"-1", "0", "1e6", "1e-6", "1e12", "100"};
            double v =
                Double.parseDouble(m.group(1))
                    * Double.parseDouble(factors[r.nextInt(factors.length)]);
            lines.set(
                i,
                line.substring(0, m.start())
                    + (v == Math.rint(v) && Math.abs(v) < 1e15
                        ? Long.toString((long) v)
                        : Double.toString(v))
                    + line.substring(m.end()));
          }
        }
        case 8 -> { // an id or word misspelt
          if (colon > 0 && line.length() > colon + 3) {
            int at = colon + 2 + r.nextInt(line.length() - colon - 2);
            lines.set(i, line.substring(0, at) + line.substring(at + 1));
          }
        }
        default -> { // a control character or a cut
          if (r.nextBoolean()) {
            int at = r.nextInt(line.length() + 1);
            char[] bad = {
              '\u0000', '\u0007', '\u001b', '\t', '\u007f', '\u0085', '\u202e', '\ufeff'
            };
            lines.set(i, line.substring(0, at) + bad[r.nextInt(bad.length)] + line.substring(at));
          } else {
            String joined = String.join("\n", lines);
            return joined.substring(0, r.nextInt(joined.length() + 1));
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  /** The README's commands, tokenised, with paths resolved from the repository root. */
  private static List<List<String>> readmeCommands() throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("./flopex ")) {
        continue;
      }
      StringBuilder cmd = new StringBuilder(lines.get(i));
      while (cmd.toString().stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
        cmd.setLength(cmd.toString().stripTrailing().length() - 1);
        cmd.append(' ').append(lines.get(++i).strip());
      }
      String text = cmd.toString();
      int hash = text.indexOf(" #");
      List<String> args =
          new ArrayList<>(
              DocExcerptsTest.tokens((hash >= 0 ? text.substring(0, hash) : text).substring(9)));
      if (args.stream().anyMatch(a -> a.equals("my-prices.yaml"))) {
        continue;
      }
      args.replaceAll(
          a -> a.endsWith(".yaml") ? ROOT.toAbsolutePath().normalize().resolve(a).toString() : a);
      out.add(args);
    }
    return out;
  }

  /** Mutates an argument vector: hostile values, dropped, duplicated or added options. */
  private List<String> mutateArgs(List<String> base, SplittableRandom r, Path dir) {
    List<String> a = new ArrayList<>(base);
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int i = a.isEmpty() ? 0 : r.nextInt(a.size());
      switch (r.nextInt(6)) {
        case 0, 1 -> {
          if (!a.isEmpty()) {
            a.set(i, HOSTILE.get(r.nextInt(HOSTILE.size())));
          }
        }
        case 2 -> {
          if (!a.isEmpty()) {
            a.remove(i);
          }
        }
        case 3 -> a.add(Math.min(i + 1, a.size()), OPTIONS.get(r.nextInt(OPTIONS.size())));
        case 4 -> {
          a.add(OPTIONS.get(r.nextInt(OPTIONS.size())));
          a.add(HOSTILE.get(r.nextInt(HOSTILE.size())));
        }
        default -> { // an output file that exists and must survive a failed run
          a.add(r.nextBoolean() ? "--html" : "--output");
          a.add(dir.resolve("existing.out").toString());
        }
      }
    }
    // outputs go to the case's own directory, never into the checkout
    for (int k = 0; k + 1 < a.size(); k++) {
      String o = a.get(k);
      if ((o.equals("--html") || o.equals("--charts") || o.equals("--output"))
          && !a.get(k + 1).startsWith(dir.toString())) {
        String name = a.get(k + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.length() > 100 ? name.substring(0, 100) : name;
        a.set(
            k + 1,
            dir.resolve(name.isEmpty() || name.equals(".") || name.equals("..") ? "x" : name)
                .toString());
      }
    }
    return a;
  }

  // ---------------------------------------------------------------- oracles

  private void checkMessage(String kind, String message, String input) {
    boolean javaLeak =
        (message != null && message.contains("java.lang.") && !input.contains("java.lang."))
            || (message != null && message.contains("Exception") && !input.contains("Exception"));
    if (message == null
        || message.isBlank()
        || message.contains("\n")
        || message.contains("\tat ")
        || javaLeak) {
      fail(kind + ": message not one clean line", String.valueOf(message), input);
    }
  }

  private void fleetThroughApi(String text) {
    FleetSpec spec;
    try {
      spec = FleetFiles.read("case.yaml", text, CATALOG);
    } catch (ValidationException e) {
      checkMessage("fleet-api read", e.getMessage(), text);
      if (!(e instanceof dev.flopex.core.validation.DataFileException)
          || !e.getMessage().startsWith("case.yaml")) {
        fail("fleet-api read: message without file and line", e.getMessage(), text);
        return;
      }
      count("fleet via API: refused when read");
      return;
    }
    FleetResult r;
    try {
      r = ENGINE.evaluate(spec.fleet(), spec.terms());
    } catch (ValidationException e) {
      checkMessage("fleet-api evaluate", e.getMessage(), text);
      count(
          "fleet via API: refused when costed: "
              + e.getMessage().replaceAll("[0-9][0-9,.]*", "N").replaceAll("'[^']*'", "'…'"));
      return;
    }
    List<Double> values =
        new ArrayList<>(
            List.of(
                r.capexTotal().amount(),
                r.economicCost().amount(),
                r.accountingTco().amount(),
                r.costPerGpuHour().amount(),
                r.costPerUsefulGpuHour().amount(),
                r.npvOfCosts().amount()));
    for (ClusterResult c : r.clusters()) {
      values.add(c.economic().costPerGpuHour().amount());
      values.add(c.accounting().tco().amount());
    }
    for (double v : values) {
      if (!Double.isFinite(v) || v < 0) {
        fail("fleet-api non-finite or negative cost", "accepted, but a cost is " + v, text);
        return;
      }
    }
    // a text value is kept exactly as written (YAML 1.1 turned NO into false)
    java.util.regex.Matcher m = Pattern.compile("(?md)^name: ([A-Za-z0-9.+-]+)$").matcher(text);
    if (m.find() && !spec.fleet().name().equals(m.group(1))) {
      fail(
          "fleet-api coerced text",
          "name written " + m.group(1) + " read as " + spec.fleet().name(),
          text);
      return;
    }
    count("fleet via API: accepted and costed");
  }

  /** The CLI oracle, shared by in-process and real-process runs. */
  private void checkCli(
      String kind,
      List<String> args,
      int code,
      String out,
      String err,
      Path dir,
      byte[] existing,
      String fileText) {
    String input = String.join("\u241f", args) + (fileText.isEmpty() ? "" : "\n---\n" + fileText);
    if (code == 0) {
      if (NON_FINITE.matcher(out).find() && !NON_FINITE.matcher(input).find()) {
        fail(
            kind + ": NaN or Infinity in output",
            out.lines().filter(l -> NON_FINITE.matcher(l).find()).findFirst().orElse(""),
            input);
        return;
      }
      if (out.chars()
          .anyMatch(
              c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f))) {
        fail(kind + ": raw control character in output", out, input);
        return;
      }
      count(kind + ": exit 0");
    } else if (code == 2) {
      List<String> lines = err.lines().toList();
      boolean usage = lines.size() == 2 && lines.get(1).startsWith("Try 'flopex");
      if (!(lines.size() == 1 || usage)
          || !lines.get(0).startsWith("flopex: ")
          || err.contains("\tat ")
          || err.contains("Exception")) {
        fail(kind + ": error not one line", err, input);
        return;
      }
      if (!out.isEmpty()) {
        fail(kind + ": result printed by a failed run", out, input);
        return;
      }
      count(kind + ": exit 2, one line");
    } else {
      fail(kind + ": exit " + code, err, input);
      return;
    }
    if (code != 0 && existing != null) {
      try {
        if (!Arrays.equals(Files.readAllBytes(dir.resolve("existing.out")), existing)) {
          fail(kind + ": a failed run changed a file", "existing.out changed", input);
        }
        try (Stream<Path> left = Files.list(dir)) {
          List<String> names =
              left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
          if (!names.isEmpty()) {
            fail(kind + ": a failed run left temporary files", names.toString(), input);
          }
        }
      } catch (IOException e) {
        fail(kind + ": the output directory could not be read", e.toString(), input);
      }
    }
  }

  private void cliInProcess(String kind, List<String> args, Path dir, String fileText)
      throws IOException {
    byte[] existing = args.contains(dir.resolve("existing.out").toString()) ? prepare(dir) : null;
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    checkCli(kind, args, r.code(), r.out(), r.err(), dir, existing, fileText);
  }

  private static byte[] prepare(Path dir) throws IOException {
    byte[] existing = "keep me\n".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("existing.out"), existing);
    return existing;
  }

  private void overlay(String text) {
    try {
      HardwareCatalog c = HardwareCatalog.loader().overlay("overlay.yaml", text).load();
      for (var a : c.accelerators()) {
        if (a.tdp().isPresent()) {
          double tdp = a.tdp().get().value().value();
          if (!Double.isFinite(tdp) || tdp <= 0) {
            fail("overlay: bad figure accepted", a.id() + " tdp " + tdp, text);
            return;
          }
        }
      }
      count("overlay: accepted");
    } catch (ValidationException e) {
      checkMessage("overlay", e.getMessage(), text);
      count("overlay: refused");
    }
  }

  // ---------------------------------------------------------------- the gate

  /**
   * Runs {@code work} for every case on two threads, each case under a timeout (a hang is a
   * failure).
   */
  private void runAll(String kind, int n, java.util.function.IntFunction<Runnable> caseFor)
      throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "gate-" + kind);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> batch = new ArrayList<>();
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Runnable c = caseFor.apply(i);
        batch.add(
            pool.submit(
                () -> {
                  try {
                    c.run();
                  } catch (RuntimeException | Error e) {
                    fail(
                        kind + ": " + e.getClass().getSimpleName(),
                        String.valueOf(e),
                        "case " + kind + " #" + ids.size());
                  }
                }));
        ids.add(i);
        if (batch.size() == 256 || i == n - 1) {
          for (int k = 0; k < batch.size(); k++) {
            try {
              batch.get(k).get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
              fail(
                  kind + ": hang",
                  "no result after " + CASE_TIMEOUT_SECONDS + " s",
                  "case " + kind + " #" + ids.get(k));
              batch.get(k).cancel(true);
            } catch (java.util.concurrent.ExecutionException e) {
              fail(
                  kind + ": " + e.getCause(),
                  String.valueOf(e.getCause()),
                  "case " + kind + " #" + ids.get(k));
            }
          }
          batch.clear();
          ids.clear();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Runnable unchecked(ThrowingRunnable r) {
    return () -> {
      try {
        r.run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    };
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws IOException, InterruptedException;
  }

  @Test
  void test_hostileInputGate(TestReporter report) throws Exception {
    if (Files.exists(OUT)) {
      deleteTree(OUT);
    }
    List<String> fleets = fleetTexts();
    String overlayBase = overlayExample();
    List<List<String>> commands = readmeCommands();
    assertThat(fleets).hasSizeGreaterThanOrEqualTo(4);
    assertThat(commands).hasSizeGreaterThan(15);
    // shares of the corpus: fleet files through the API, CLI argument vectors, fleet files through
    // the CLI, catalog overlays (each overlay loads the built-in catalog, so they are the slowest)
    int overlays = Math.max(1, CASES / 50);
    int cliFleets = CASES / 12;
    int cliArgs = CASES * 3 / 10;
    int apiFleets = CASES - overlays - cliFleets - cliArgs;
    long start = System.nanoTime();

    runAll(
        "fleet-api",
        apiFleets,
        i -> {
          SplittableRandom r = new SplittableRandom(SEED * 31 + i);
          String text = mutate(fleets.get(r.nextInt(fleets.size())), r);
          return () -> fleetThroughApi(text);
        });
    runAll(
        "cli-args",
        cliArgs,
        i -> {
          SplittableRandom r = new SplittableRandom(SEED * 37 + i);
          Path dir = tmp.resolve("a" + i);
          return unchecked(
              () -> {
                Files.createDirectories(dir);
                cliInProcess(
                    "CLI arguments",
                    mutateArgs(commands.get(r.nextInt(commands.size())), r, dir),
                    dir,
                    "");
                deleteTree(dir);
              });
        });
    runAll(
        "cli-fleet",
        cliFleets,
        i -> {
          SplittableRandom r = new SplittableRandom(SEED * 41 + i);
          String text = mutate(fleets.get(r.nextInt(fleets.size())), r);
          Path dir = tmp.resolve("f" + i);
          String[] format = {"table", "csv", "json", "markdown"};
          return unchecked(
              () -> {
                Files.createDirectories(dir);
                Path f = dir.resolve("case.yaml");
                Files.writeString(f, text, StandardCharsets.UTF_8);
                List<String> args =
                    new ArrayList<>(
                        List.of(
                            "fleet", f.toString(), "--format", format[r.nextInt(format.length)]));
                if (r.nextInt(4) == 0) {
                  args.addAll(List.of("--html", dir.resolve("existing.out").toString()));
                }
                cliInProcess("CLI fleet files", args, dir, text);
                deleteTree(dir);
              });
        });
    runAll(
        "overlay",
        overlays,
        i -> {
          SplittableRandom r = new SplittableRandom(SEED * 43 + i);
          String text = mutate(overlayBase, r);
          return () -> overlay(text);
        });
    long inProcess = System.nanoTime() - start;

    // a few hundred of the CLI cases as real processes: what a shell user sees, exit code included
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    runAll(
        "process",
        PROCESSES,
        i -> {
          SplittableRandom r = new SplittableRandom(SEED * 47 + i);
          Path dir = tmp.resolve("p" + i);
          return unchecked(
              () -> {
                Files.createDirectories(dir);
                List<String> args = mutateArgs(commands.get(r.nextInt(commands.size())), r, dir);
                byte[] existing =
                    args.contains(dir.resolve("existing.out").toString()) ? prepare(dir) : null;
                List<String> cmd =
                    new ArrayList<>(
                        List.of(
                            javaBin,
                            "-Xshare:auto",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            cp,
                            "dev.flopex.cli.Main"));
                cmd.addAll(args);
                Process p =
                    new ProcessBuilder(cmd)
                        .directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                Supplier<String> outText = readAsync(p.getInputStream());
                Supplier<String> errText = readAsync(p.getErrorStream());
                if (!p.waitFor(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                  p.destroyForcibly();
                  fail(
                      "process: hang",
                      "no exit after " + CASE_TIMEOUT_SECONDS + " s",
                      String.join("\u241f", args));
                  return;
                }
                checkCli(
                    "real process",
                    args,
                    p.exitValue(),
                    outText.get(),
                    errText.get(),
                    dir,
                    existing,
                    "");
                deleteTree(dir);
              });
        });
    long total = System.nanoTime() - start;

    // the report: counts per outcome
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.get()));
    long cases = sorted.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "hostile-input gate: %,d cases (seed %d), in-process %.1f s, with %d processes %.1f s%n",
            cases,
            SEED,
            inProcess / 1e9,
            PROCESSES,
            total / 1e9));
    sorted.forEach(
        (k, v) -> b.append(String.format(java.util.Locale.ROOT, "  %-45s %,9d%n", k, v)));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "hostile-input-gate.txt"), b.toString(), StandardCharsets.UTF_8);
    System.out.print(b);
    sorted.forEach((k, v) -> report.publishEntry(k, Long.toString(v)));

    assertThat(cases).as("cases run").isGreaterThanOrEqualTo(CASES + PROCESSES);
    assertThat(failures)
        .as(
            "hostile inputs that did not end in a documented way (reproducers in target/hostile-input-gate/)")
        .isEmpty();
  }

  private static Supplier<String> readAsync(java.io.InputStream in) {
    java.util.concurrent.CompletableFuture<String> f =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "";
              }
            });
    return f::join;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
