package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.ingest.ListingParser;
import dev.surveyor.ingest.PaperMerger;
import dev.surveyor.ingest.TextDecoder;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import dev.surveyor.support.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Bytes no listing should hold: random, mutated real listings, and random soups of listing-like
 * lines. Decoding and parsing never throw, and the accounting invariant always holds. Seeds fixed.
 */
class ListingFuzzTest {
  private static final ListingParser PARSER = new ListingParser(2025);
  private static final List<byte[]> REAL = realListings();

  /** Lines that steer the parser into each of its branches, including the malformed ones. */
  private static final String[] LINES = {
    "",
    "",
    "",
    " ",
    "\t",
    "new",
    "Subscribe",
    "SubscribeA Glued Title",
    "Daily Papers",
    "Get trending papers in your email inbox!",
    "byAK and the research community",
    "Mar 26",
    "Mar 0",
    "Mar 99",
    "Feb 31, 2024",
    "Jan 16, 2024 2",
    "Jun 16 4",
    "Dec 1 9999999",
    "  • 7 authors",
    "• 0 authors",
    "• 1 author",
    "  •  12   authors  ",
    "·",
    " · ",
    "qualcomm Qualcomm",
    "A Short Title",
    "Another Title: With a Colon?",
    "Can Models Reason? Yes. No! Maybe.",
    "x".repeat(700),
    "A fragment that ends with a full stop and is forty chars.",
    "Large language models reason. They do so in steps. Steps can be masked. Masking helps a lot."
        + " We show it on three benchmarks. The effect holds across sizes and seeds, and we release code.",
    "An abstract long enough to be one: ".repeat(9)
        + "see https: //github.com/x/y) and \\url{www.a.org}.",
    "<script>alert(1)</script>",
    "${x} <#if> {{y}}",
    "\u202E\u200B\uFEFF",
    "\uFFFD\uFFFD",
    "\u0000",
  };

  /**
   * The invariant on the captured listings themselves, and records in = papers + merged + rejected.
   */
  @Example
  void realListingsKeepTheAccounting() {
    List<ParsedListing> listings = new ArrayList<>();
    for (int i = 0; i < REAL.size(); i++) {
      SourceText source = TextDecoder.decode("sources/" + i + ".txt", REAL.get(i));
      ParsedListing listing = PARSER.parse(source);
      Accounting.check(source, listing);
      listings.add(listing);
    }
    Corpus corpus = PaperMerger.merge(listings);
    int merged = corpus.merges().stream().mapToInt(g -> g.sources().size() - 1).sum();
    long rejected = listings.stream().mapToLong(l -> l.rejected().size()).sum();
    assertEquals(corpus.recordCount(), corpus.papers().size() + merged + rejected);
    assertEquals(
        List.of(552, 469, 83, 0L),
        List.of(corpus.recordCount(), corpus.papers().size(), merged, rejected));
  }

  @Property(tries = 200, seed = "20250911")
  void randomBytesNeverBreakTheParser(@ForAll @Size(max = 3000) byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 100, seed = "20250912", edgeCases = EdgeCasesMode.NONE)
  void mutatedRealListingsKeepTheAccounting(@ForAll("mutated") byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 250, seed = "20250913")
  void soupsOfListingLinesKeepTheAccounting(@ForAll("soup") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void check(byte[] bytes) {
    SourceText source = TextDecoder.decode("sources/fuzz.txt", bytes);
    ParsedListing listing = PARSER.parse(source);
    Accounting.check(source, listing);
  }

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(LINES),
            Generated.title(),
            Generated.abstractText(),
            Arbitraries.strings().ofMaxLength(40));
    return Combinators.combine(
            line.list().ofMaxSize(60),
            Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(1).ofMaxSize(3))
        .as(
            (lines, newlines) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < lines.size(); i++) {
                text.append(lines.get(i)).append(newlines.get(i % newlines.size()));
              }
              return text.toString();
            });
  }

  /** One of the real listings with one to eight byte-level mutations. */
  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 400),
                Arbitraries.of(
                    new byte[] {0},
                    new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xC3},
                    new byte[] {(byte) 0xE2, (byte) 0x80},
                    new byte[] {'\r'},
                    new byte[] {'\n', '\n'},
                    "\n  • 3 authors\n·\nMar 0\n".getBytes(StandardCharsets.UTF_8),
                    "\nSubscribe".getBytes(StandardCharsets.UTF_8),
                    "\uFEFF\u202E".getBytes(StandardCharsets.UTF_8)))
            .as(Mutation::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, REAL.size() - 1),
            mutation.list().ofMinSize(1).ofMaxSize(8))
        .as(
            (file, mutations) -> {
              byte[] bytes = REAL.get(file);
              for (Mutation m : mutations) {
                bytes = m.apply(bytes);
              }
              return bytes;
            });
  }

  /** Flip, insert, delete, duplicate or truncate at a relative position. */
  record Mutation(int kind, double at, int length, byte[] insert) {
    byte[] apply(byte[] in) {
      int pos = (int) (at * in.length);
      int len = Math.min(length, in.length - pos);
      List<byte[]> parts = new ArrayList<>();
      switch (kind) {
        case 0 -> { // flip one byte
          byte[] out = in.clone();
          if (pos < out.length) {
            out[pos] ^= (byte) (length | 1);
          }
          return out;
        }
        case 1 -> parts.addAll(List.of(slice(in, 0, pos), insert, slice(in, pos, in.length)));
        case 2 -> parts.addAll(List.of(slice(in, 0, pos), slice(in, pos + len, in.length)));
        case 3 -> parts.addAll(List.of(slice(in, 0, pos + len), slice(in, pos, in.length)));
        case 4 -> parts.add(slice(in, 0, pos));
        default ->
            parts.addAll(
                List.of(slice(in, 0, pos), new byte[len], slice(in, pos + len, in.length)));
      }
      int size = parts.stream().mapToInt(p -> p.length).sum();
      byte[] out = new byte[size];
      int at = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    }

    private static byte[] slice(byte[] in, int from, int to) {
      return java.util.Arrays.copyOfRange(in, Math.min(from, in.length), Math.min(to, in.length));
    }
  }

  private static List<byte[]> realListings() {
    try (Stream<Path> files = Files.list(Repo.content().resolve("sources"))) {
      List<byte[]> listings = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        listings.add(Files.readAllBytes(file));
      }
      return listings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
