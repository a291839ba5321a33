package dev.surveyor.cli;

import dev.surveyor.config.SurveyConfig;
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

  // The option names and defaults, shared with PlainBuild, which reads a plain build without
  // picocli.
  static final String OUT = "--out";
  static final String DEFAULT_OUT = "site";
  static final String BASE_URL = "--base-url";
  static final String CHECK_LINKS = "--check-links";
  static final String QUIET = "--quiet";
  static final String Q = "-q";

  @Option(
      names = OUT,
      paramLabel = "DIR",
      defaultValue = DEFAULT_OUT,
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = BASE_URL,
      paramLabel = "URL",
      description = "Public URL of the site; enables canonical links, sitemap and feed.")
  String baseUrl;

  @Option(
      names = CHECK_LINKS,
      description =
          "Check every internal link and anchor, and that every page is reachable from "
              + "the home page, before publishing; a problem fails the build and changes nothing.")
  boolean checkLinks;

  @Option(
      names = {Q, QUIET},
      description = "Print only problems.")
  boolean quiet;

  @Override
  public Integer call() {
    SurveyConfig.baseUrlProblem(baseUrl)
        .ifPresent(
            problem -> {
              throw new ParameterException(spec.commandLine(), "--base-url " + problem);
            });
    return new PlainBuild(inputs.content, inputs.templates, out, baseUrl, checkLinks, quiet)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
