package dev.surveyor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code surveyor build|check|eval|review|serve}. Only {@link #main} exits. */
@Command(
    name = "surveyor",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds a static website that surveys a research literature.")
public final class Main implements Runnable {
  /** Usage mistakes. */
  public static final int USAGE = 2;

  /** Broken content, or output that could not be written. */
  public static final int FAILURE = 1;

  /** The commands, in the order the help lists them. */
  private static final List<String> COMMANDS =
      List.of("build", "check", "eval", "review", "serve", "help");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command with the given streams and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Optional<PlainBuild> plain = PlainBuild.of(args);
    if (plain.isPresent()) {
      return plainBuild(plain.get(), stdout, stderr);
    }
    CommandLine cli = new CommandLine(new Main());
    // picocli reads every command's annotations when it is added, a tenth of a second of a cold
    // start for all six: when the first argument names a command, only that one is added (help
    // names others, so it comes with all).
    String first = args.length == 0 ? "" : args[0];
    boolean one = COMMANDS.contains(first) && !first.equals("help");
    for (String name : COMMANDS) {
      if (!one || first.equals(name)) {
        cli.addSubcommand(name, command(name));
      }
    }
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setExitCodeExceptionMapper(e -> FAILURE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("surveyor: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        });
    return cli.execute(args);
  }

  /**
   * A plain build without picocli, which would call the same code: a failure the build does not
   * report itself is printed with its stack trace and exits 1, as picocli does.
   */
  private static int plainBuild(PlainBuild asked, PrintWriter stdout, PrintWriter stderr) {
    try {
      return asked.run(stdout, stderr);
    } catch (RuntimeException e) {
      e.printStackTrace(stderr);
      return FAILURE;
    }
  }

  private static Object command(String name) {
    return switch (name) {
      case "build" -> new BuildCommand();
      case "check" -> new CheckCommand();
      case "eval" -> new EvalCommand();
      case "review" -> new ReviewCommand();
      case "serve" -> new ServeCommand();
      default -> new CommandLine.HelpCommand();
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
