package dev.surveyor.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is written in one place (pom.xml). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"surveyor " + (version == null ? "(development build)" : version)};
  }
}
