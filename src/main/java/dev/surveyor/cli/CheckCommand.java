package dev.surveyor.cli;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.BuildSummary;
import dev.surveyor.build.SiteBuilder;
import dev.surveyor.check.SiteLinkChecker;
import dev.surveyor.check.SiteLinkReport;
import dev.surveyor.check.StaleFiles;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.publish.PublishException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code surveyor check}: builds into a temporary directory, so the real output is never touched,
 * then checks what came out. Every problem is printed as {@code file:line: message}; any problem,
 * warnings included, exits 1.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks the content and the site it builds, without writing the output directory:",
      "every build diagnostic, every broken internal link or anchor, every page not reachable",
      "from index.html, and every file in the output directory that a build would change.",
      "Exits 1 when anything is reported."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputDirs inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site",
      description =
          "The built site to compare with a fresh build (default: ${DEFAULT-VALUE});"
              + " problems in pages are reported under this name.")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Public URL of the site, as given to build.")
  String baseUrl;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path temp = null;
    try {
      temp = Files.createTempDirectory("surveyor-check-");
      Path fresh = temp.resolve("site");
      List<String> problems = new ArrayList<>();
      BuildSummary summary;
      try {
        summary =
            SiteBuilder.build(new BuildOptions(inputs.content, inputs.templates, fresh, baseUrl));
      } catch (ContentException e) {
        e.diagnostics().forEach(d -> err.println(d.format()));
        err.println("surveyor: check failed: the content does not build");
        return Main.FAILURE;
      }
      summary.problems().forEach(d -> problems.add(d.format()));
      SiteLinkReport links = SiteLinkChecker.check(fresh);
      List<Diagnostic> inSite = new ArrayList<>(links.problems());
      if (Files.isDirectory(out)) {
        inSite.addAll(StaleFiles.between(fresh, out));
      }
      // Pages are named as `surveyor build` would write them, under --out.
      String prefix = out.toString().replace('\\', '/') + "/";
      inSite.forEach(d -> problems.add(prefix + d.format()));
      problems.forEach(err::println);
      // not problems: what the capture broke that a curator may replace in the paper's note,
      // in source order, each once (one excerpt can show two leftovers of the same kind)
      summary.notes().stream().map(Diagnostic::format).distinct().forEach(stdout::println);
      stdout.printf(
          "checked %d papers, %d pages, %d links; %s%n",
          summary.papers(),
          links.pages(),
          links.links(),
          problems.isEmpty() ? "no problems" : problems.size() + " problems");
      return problems.isEmpty() ? 0 : Main.FAILURE;
    } catch (PublishException | IOException e) {
      err.println("surveyor: " + e.getMessage());
      return Main.FAILURE;
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is not worth failing a check over.
    }
  }
}
