package dev.surveyor.cli;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.BuildSummary;
import dev.surveyor.build.SiteBuilder;
import dev.surveyor.config.SurveyConfig;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.publish.PublishException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code surveyor build}: content and templates in, a static site out. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds the site from the content directory into the output directory.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputDirs inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Public URL of the site; enables canonical links, sitemap and feed.")
  String baseUrl;

  @Option(
      names = "--check-links",
      description =
          "Check every internal link and anchor, and that every page is reachable from "
              + "the home page, before publishing; a problem fails the build and changes nothing.")
  boolean checkLinks;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SurveyConfig.baseUrlProblem(baseUrl)
        .ifPresent(
            problem -> {
              throw new ParameterException(spec.commandLine(), "--base-url " + problem);
            });
    try {
      BuildSummary summary =
          SiteBuilder.build(
              new BuildOptions(
                  inputs.content, inputs.templates, out, baseUrl, checkLinks, RunningJar.path()));
      for (Diagnostic d : summary.problems()) {
        err.println(d.format());
      }
      if (!quiet) {
        stdout.println(summary.format());
      }
      return 0;
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.format());
      }
      err.println("surveyor: build failed; " + out + " was left unchanged");
      return Main.FAILURE;
    } catch (PublishException e) {
      err.println("surveyor: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
