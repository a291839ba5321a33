package dev.surveyor.build;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the last completed build read and wrote, kept beside the output directory as {@code
 * .<name>.state}, so a build whose inputs, options, code and output all stand as they were can say
 * so and stop: a make-style up-to-date check. A file's {@link FileStamp} is its size and
 * modification time; the inputs are stamped before they are read, so an edit made during a build is
 * seen by the next one. The state is only ever a shortcut: when anything differs, or the file is
 * missing or unreadable, the build runs.
 *
 * @param key the options and code the build ran with
 * @param inputs every file under the content and templates directories
 * @param outputs every file the build produced
 * @param summary the build's figures and diagnostics, told again when it is skipped
 */
public record BuildState(
    String key, List<FileStamp> inputs, List<FileStamp> outputs, BuildSummary summary) {
  private static final String MAGIC = "surveyor-state 1";

  public BuildState {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The state file of an output directory: beside it, so it is never published with the site. */
  public static Path fileOf(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".state");
  }

  /**
   * The options and code a build runs with, as one string. Null when the code has no stamp (run
   * from class folders, as in tests and the IDE): such builds are never skipped.
   */
  public static String keyOf(BuildOptions options) throws IOException {
    if (options.builtBy() == null) {
      return null;
    }
    BasicFileAttributes code = Files.readAttributes(options.builtBy(), BasicFileAttributes.class);
    return String.join(
        "\n",
        "content=" + options.content().toAbsolutePath().normalize(),
        "templates=" + options.templates().toAbsolutePath().normalize(),
        "base-url=" + Objects.toString(options.baseUrl(), ""),
        "check-links=" + options.checkLinks(),
        "code="
            + options.builtBy().toAbsolutePath().normalize()
            + " "
            + code.size()
            + " "
            + code.lastModifiedTime().toMillis(),
        "java=" + Runtime.version());
  }

  /** Stamps of every regular file under the content and templates directories, in path order. */
  public static List<FileStamp> inputsOf(BuildOptions options) throws IOException {
    List<FileStamp> stamps = new ArrayList<>();
    Map<String, Path> roots = new LinkedHashMap<>();
    roots.put("content/", options.content());
    roots.put("templates/", options.templates());
    for (Map.Entry<String, Path> entry : roots.entrySet()) {
      String prefix = entry.getKey();
      Path root = entry.getValue();
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          FileStamp.of(root, relative).ifPresent(s -> stamps.add(s.under(prefix)));
        }
      }
    }
    return stamps;
  }

  /** Stamps of the files a build produced, as they are in the output directory now. */
  public static List<FileStamp> outputsOf(Path out, Collection<String> produced)
      throws IOException {
    List<FileStamp> stamps = new ArrayList<>(produced.size());
    for (String path : produced) {
      Optional<FileStamp> stamp = FileStamp.of(out, path);
      if (stamp.isPresent()) {
        stamps.add(stamp.get());
      }
    }
    return stamps;
  }

  /**
   * Whether a build with these options would change nothing: same key, same input files with the
   * same stamps, and every output still as the last build left it.
   */
  public boolean isCurrent(String currentKey, List<FileStamp> currentInputs, Path out)
      throws IOException {
    if (currentKey == null || !currentKey.equals(key) || !currentInputs.equals(inputs)) {
      return false;
    }
    for (FileStamp output : outputs) {
      if (!FileStamp.of(out, output.path()).equals(Optional.of(output))) {
        return false;
      }
    }
    return true;
  }

  /** The state last written for an output directory, if there is one that reads back whole. */
  public static Optional<BuildState> read(Path out) {
    Path file = fileOf(out);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!in.readUTF().equals(MAGIC)) {
        return Optional.empty();
      }
      String key = in.readUTF();
      List<FileStamp> inputs = readStamps(in);
      List<FileStamp> outputs = readStamps(in);
      int[] counts = new int[8];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = in.readInt();
      }
      long rejected = in.readLong();
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        diagnostics.add(
            new Diagnostic(
                Severity.valueOf(in.readUTF()),
                in.readUTF(),
                in.readInt(),
                in.readInt(),
                in.readUTF(),
                in.readUTF()));
      }
      BuildSummary summary =
          new BuildSummary(
              counts[0],
              counts[1],
              counts[2],
              counts[3],
              rejected,
              counts[4],
              counts[5],
              counts[6],
              counts[7],
              Map.of(),
              Map.of(),
              0,
              diagnostics,
              false);
      return Optional.of(new BuildState(key, inputs, outputs, summary));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged or older state only costs a full build
    }
  }

  /** Writes the state beside the output directory, atomically. */
  public void write(Path out) throws IOException {
    Path file = fileOf(out);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream data =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
      data.writeUTF(MAGIC);
      data.writeUTF(key);
      writeStamps(data, inputs);
      writeStamps(data, outputs);
      BuildSummary s = summary;
      for (int count :
          new int[] {
            s.sources(),
            s.records(),
            s.papers(),
            s.merged(),
            s.pages(),
            s.files(),
            s.filesWritten(),
            s.filesRemoved()
          }) {
        data.writeInt(count);
      }
      data.writeLong(s.rejectedLines());
      data.writeInt(s.diagnostics().size());
      for (Diagnostic d : s.diagnostics()) {
        data.writeUTF(d.severity().name());
        data.writeUTF(d.file());
        data.writeInt(d.line());
        data.writeInt(d.column());
        data.writeUTF(d.message());
        data.writeUTF(d.sourceLine());
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forgets the state, before a build changes the output. */
  public static void forget(Path out) throws IOException {
    Files.deleteIfExists(fileOf(out));
  }

  private static List<FileStamp> readStamps(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<FileStamp> stamps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stamps.add(new FileStamp(in.readUTF(), in.readLong(), in.readLong()));
    }
    return stamps;
  }

  private static void writeStamps(DataOutputStream out, List<FileStamp> stamps) throws IOException {
    out.writeInt(stamps.size());
    for (FileStamp stamp : stamps) {
      out.writeUTF(stamp.path());
      out.writeLong(stamp.size());
      out.writeLong(stamp.modified());
    }
  }
}
