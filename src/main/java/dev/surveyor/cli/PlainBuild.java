package dev.surveyor.cli;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.BuildSummary;
import dev.surveyor.build.SiteBuilder;
import dev.surveyor.config.SurveyConfig;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.publish.PublishException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A build as asked for: the options of a {@code build} command, and the plain command lines read
 * without picocli: {@code build} and its own options, each once, as {@code --out DIR} or {@code
 * --out=DIR}. picocli's set-up is about a tenth of a second of a cold build's main thread (its
 * class files are Java 5's, which the AppCDS archive cannot hold, and it reads each command's
 * annotations through proxies), and this line is the one a curator runs most. Anything else (help,
 * version, an unknown or repeated option, a value that looks like an option or is empty, an
 * {@code @file}, a base URL picocli would refuse) is left to picocli, so every message and exit
 * code but a plain build's is picocli's.
 */
record PlainBuild(
    Path content, Path templates, Path out, String baseUrl, boolean checkLinks, boolean quiet) {

  /** The options of {@code args} when they are a plain build, else empty. */
  static Optional<PlainBuild> of(String[] args) {
    if (args.length == 0 || !args[0].equals("build")) {
      return Optional.empty();
    }
    Set<String> seen = new HashSet<>();
    String content = ContentDir.DEFAULT;
    String templates = InputDirs.DEFAULT_TEMPLATES;
    String out = BuildCommand.DEFAULT_OUT;
    String baseUrl = null;
    boolean checkLinks = false;
    boolean quiet = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = equals < 0 ? arg : arg.substring(0, equals);
      // -q and --quiet are one option: picocli refuses it twice under either name
      if (!seen.add(name.equals(BuildCommand.Q) ? BuildCommand.QUIET : name)) {
        return Optional.empty();
      }
      if (equals < 0 && name.equals(BuildCommand.CHECK_LINKS)) {
        checkLinks = true;
        continue;
      }
      if (equals < 0 && (name.equals(BuildCommand.Q) || name.equals(BuildCommand.QUIET))) {
        quiet = true;
        continue;
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty();
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return Optional.empty();
      }
      switch (name) {
        case ContentDir.OPTION -> content = value;
        case InputDirs.TEMPLATES -> templates = value;
        case BuildCommand.OUT -> out = value;
        case BuildCommand.BASE_URL -> baseUrl = value;
        default -> {
          return Optional.empty();
        }
      }
    }
    if (SurveyConfig.baseUrlProblem(baseUrl).isPresent()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PlainBuild(
              Path.of(content), Path.of(templates), Path.of(out), baseUrl, checkLinks, quiet));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Builds, the options read and the base URL checked; the exit code. */
  int run(PrintWriter stdout, PrintWriter err) {
    try {
      BuildSummary summary =
          SiteBuilder.build(
              new BuildOptions(
                  content(), templates(), out(), baseUrl(), checkLinks(), RunningJar.path()));
      for (Diagnostic d : summary.problems()) {
        err.println(d.format());
      }
      if (!quiet()) {
        stdout.println(summary.format());
      }
      return 0;
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.format());
      }
      err.println("surveyor: build failed; " + out() + " was left unchanged");
      return Main.FAILURE;
    } catch (PublishException e) {
      err.println("surveyor: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
