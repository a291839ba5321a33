package dev.surveyor.render;

import java.util.Objects;

/** A finished file of the site: its path relative to the site root and its bytes. */
public record OutputFile(String path, byte[] bytes) {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }
}
