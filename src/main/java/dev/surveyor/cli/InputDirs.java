package dev.surveyor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds shares: where the content and the templates are. */
final class InputDirs extends ContentDir {
  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "Templates directory (default: ${DEFAULT-VALUE}).")
  Path templates;
}
