package dev.surveyor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> FAILURE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("surveyor: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        });
    return cli.execute(args);
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
