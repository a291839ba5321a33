package dev.surveyor.bench;

import dev.surveyor.ingest.ListingParser;
import dev.surveyor.ingest.TextDecoder;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Decoding and parsing one real listing: the two metadata-rich layouts and an alternating one. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IngestBench {
  @Param({"000_a0d74a7ec3cceb0a.txt", "001_382f75c60967b5f9.txt", "002_727ac44c46f90700.txt"})
  public String listing;

  private byte[] bytes;
  private SourceText text;
  private final ListingParser parser = new ListingParser(2025);

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    bytes = Files.readAllBytes(Path.of("content/sources", listing));
    text = TextDecoder.decode("sources/" + listing, bytes);
  }

  /** Strict UTF-8 decoding into lines. */
  @Benchmark
  public SourceText decode() {
    return TextDecoder.decode("sources/" + listing, bytes);
  }

  /** Layout detection and record assembly. */
  @Benchmark
  public ParsedListing parse() {
    return parser.parse(text);
  }
}
