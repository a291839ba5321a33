package dev.surveyor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command that reads the content shares: where the content is. */
class ContentDir {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "content",
      description = "Content directory (default: ${DEFAULT-VALUE}).")
  Path content;
}
