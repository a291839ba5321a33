package dev.surveyor.build;

import dev.surveyor.diag.ContentException;
import dev.surveyor.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;

/** One file of the site still to be written: its path, and what writes its bytes. */
record Output(String path, Body body) {
  /** Writes the file's bytes; may run on any thread. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException, ContentException;
  }

  /** A file made whole already (assets, the report). */
  static Output of(OutputFile file) {
    return new Output(file.path(), out -> out.write(file.bytes()));
  }
}
