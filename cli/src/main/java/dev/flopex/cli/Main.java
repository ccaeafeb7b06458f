package dev.flopex.cli;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code flopex} command line: browse the hardware catalog, classify accelerators under US
 * export-control rules, and cost fleets, clusters, training runs, inference and GPU rental. Run
 * {@code flopex --help} for the commands.
 *
 * <p>Exit status: 0 on success, 2 for invalid input (an unknown part, a malformed catalog or fleet
 * file, a bad option, an output file that cannot be written), 1 for an internal error or a standard
 * output that cannot be written. Errors are one line on standard error, never a stack trace, unless
 * the environment variable {@code FLOPEX_DEBUG} is set. Standard output is written only when the
 * command succeeds, so a failed run never prints part of a result.
 *
 * @since 0.1
 */
public final class Main {
  /** Exit status for success. */
  static final int OK = 0;

  /** Exit status for an internal error (a bug). */
  static final int INTERNAL_ERROR = 1;

  /** Exit status for invalid input or usage. */
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(System.out, System.err, args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given streams; never throws.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit status: 0, 1 or 2
   */
  static int run(PrintStream out, PrintStream err, String... args) {
    return run(true, out, err, args);
  }

  /**
   * As {@link #run(PrintStream, PrintStream, String...)}; {@code fastPath} false sends even the
   * README's main job through picocli (for tests that compare both paths).
   */
  static int run(boolean fastPath, PrintStream out, PrintStream err, String... args) {
    // A command's standard output is held until it has succeeded: a run that fails (a bad
    // option, a file that cannot be written) prints its one-line error and no half of a result.
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    PrintStream heldOut = new PrintStream(held, false, StandardCharsets.UTF_8);
    int code;
    try {
      code = execute(fastPath, heldOut, err, args == null ? new String[0] : args);
    } catch (ValidationException e) {
      code = userError(err, e);
    } catch (Exception | LinkageError e) {
      code = internalError(err, e);
    }
    heldOut.flush();
    if (code == OK) {
      // no control character from a user's file or argument reaches the terminal (tables, CSV,
      // JSON, Markdown alike); the line layout flopex itself writes is kept
      byte[] bytes =
          Fmt.visible(held.toString(StandardCharsets.UTF_8), true).getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.flush();
      if (out.checkError()) {
        err.println("flopex: standard output could not be written (disk full or pipe closed?)");
        code = INTERNAL_ERROR;
      }
    }
    err.flush();
    return code;
  }

  private static int execute(boolean fastPath, PrintStream out, PrintStream err, String[] args) {
    // the catalog loads on its own thread while picocli builds its model and parses the arguments
    Context context = new Context(out, err, LocalDate.now(), CatalogPrefetch.startIfUseful(args));
    if (fastPath && FleetCommand.isPlain(args)) {
      // The README's main job, `flopex fleet FILE`, runs without picocli: building its reflective
      // model of the command (classes that cannot go into a class-data archive) was the longest
      // part of a cold start on this thread (issue 13, W4). The command, its defaults and the
      // error handling are the ones picocli's path gives; FleetFastPathTest compares the two.
      try {
        return FleetCommand.plain(args[1]).run(context);
      } catch (ValidationException e) {
        return userError(err, e);
      } catch (Exception e) {
        return internalError(err, e);
      }
    }
    CommandLine cmd = new CommandLine(new FlopexCommand(context));
    FlopexCommand.addSubcommands(cmd, args);
    cmd.setOut(new PrintWriter(Context.writer(out), true));
    cmd.setErr(new PrintWriter(Context.writer(err), true));
    cmd.setExpandAtFiles(false);
    cmd.setParameterExceptionHandler((ex, a) -> usageError(err, ex));
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof ValidationException) {
            return userError(err, (ValidationException) ex);
          }
          return internalError(err, ex);
        });
    cmd.setExecutionStrategy(
        parseResult -> {
          context.addOverlays(catalogOptions(parseResult));
          return new CommandLine.RunLast().execute(parseResult);
        });
    return cmd.execute(args);
  }

  /** Collects {@code --catalog} values given at any level (the option is inherited). */
  private static List<String> catalogOptions(ParseResult parseResult) {
    List<String> files = new ArrayList<>();
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      OptionSpec o = p.matchedOption(FlopexCommand.CATALOG_OPTION);
      if (o != null) {
        files.addAll(o.stringValues());
      }
    }
    return files;
  }

  private static int usageError(PrintStream err, ParameterException ex) {
    String message = Fmt.oneLine(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(", ", suggestions) + "?";
      }
    }
    err.println("flopex: " + message);
    CommandLine where = ex.getCommandLine();
    String qualified = where == null ? "flopex" : where.getCommandSpec().qualifiedName();
    err.println(
        "flopex".equals(qualified)
            ? "Try 'flopex --help' for more information."
            : "Try 'flopex --help' or '" + qualified + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  private static int userError(PrintStream err, ValidationException e) {
    err.println("flopex: " + Fmt.oneLine(e.getMessage()));
    debug(err, e);
    err.flush();
    return USAGE;
  }

  private static int internalError(PrintStream err, Throwable e) {
    err.println(
        "flopex: internal error: "
            + Fmt.oneLine(String.valueOf(e))
            + (debugging() ? "" : " (set FLOPEX_DEBUG=1 for a stack trace)"));
    debug(err, e);
    err.flush();
    return INTERNAL_ERROR;
  }

  private static boolean debugging() {
    String d = System.getenv("FLOPEX_DEBUG");
    return d != null && !d.isEmpty() && !d.equals("0");
  }

  private static void debug(PrintStream err, Throwable e) {
    if (debugging()) {
      e.printStackTrace(err);
    }
  }

  /**
   * {@code --version}: the jar's Implementation-Version, or "dev", and the catalog's version and
   * as-of date ({@code flopex dev (catalog 2026.12.02, data as of 2026-12-02)}).
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v =
          Main.class.getPackage() == null
              ? null
              : Main.class.getPackage().getImplementationVersion();
      String data;
      try {
        // read from the catalog index's header: --version parses no data file
        data = HardwareCatalog.builtInVersionLine();
      } catch (RuntimeException | LinkageError e) {
        data = "catalog data unavailable";
      }
      return new String[] {"flopex " + (v == null ? "dev" : v) + " (" + data + ")"};
    }
  }
}
