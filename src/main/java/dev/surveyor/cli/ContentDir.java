package dev.surveyor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command that reads the content shares: where the content is. */
class ContentDir {
  static final String OPTION = "--content";
  static final String DEFAULT = "content";

  @Option(
      names = OPTION,
      paramLabel = "DIR",
      defaultValue = DEFAULT,
      description = "Content directory (default: ${DEFAULT-VALUE}).")
  Path content;
}
