package dev.surveyor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds shares: where the content and the templates are. */
final class InputDirs extends ContentDir {
  static final String TEMPLATES = "--templates";
  static final String DEFAULT_TEMPLATES = "templates";

  @Option(
      names = TEMPLATES,
      paramLabel = "DIR",
      defaultValue = DEFAULT_TEMPLATES,
      description = "Templates directory (default: ${DEFAULT-VALUE}).")
  Path templates;
}
