package dev.surveyor.bench;

import dev.surveyor.model.Occurrence;
import dev.surveyor.text.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a corpus of listings in the layouts of the real ones (blank-separated, blank-separated
 * with metadata lines, alternating lines, each with its page chrome), from a fixed seed. Titles and
 * abstracts come from {@link TextModel}s of the real records; about one paper in six is seen in two
 * to four listings, sometimes with a differently cased title or a cut-short abstract, as in the
 * real captures. The result says how many records and distinct papers a correct ingest must find.
 */
public final class SyntheticCorpus {
  private static final int RECORDS_PER_FILE = 110;
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] ORGANIZATIONS = {
    "deepseek-ai DeepSeek",
    "Qwen Qwen",
    "google Google",
    "UCAS ucas",
    "meta-llama Meta Llama",
    "allenai Ai2",
    "microsoft Microsoft",
    "nvidia NVIDIA"
  };

  /** What was written: files, records (occurrences) and distinct papers. */
  public record Plan(int files, int records, int papers) {}

  /** A distinct paper to write, and in how many listings it appears. */
  private record Planned(String title, String abstractText, int authors, int copies) {}

  /** The layouts of the real listings, in the proportions of content/sources (1:1:3). */
  private enum Style {
    BLANK,
    METADATA,
    ALTERNATING
  }

  private SyntheticCorpus() {}

  /**
   * @param real the records of the real listings, whose words the corpus is made of
   * @param papers how many distinct papers to write, none with the title of a real record
   * @param dir a directory to write the listings into, as {@code synthetic-NNNNN.txt}
   */
  public static Plan write(List<Occurrence> real, int papers, long seed, Path dir)
      throws IOException {
    Random random = new Random(seed);
    TextModel titles = new TextModel(real.stream().map(Occurrence::title).toList());
    TextModel abstracts = new TextModel(real.stream().map(Occurrence::abstractText).toList());
    Set<String> keys = new HashSet<>();
    real.forEach(o -> keys.add(Text.titleKey(o.title())));
    List<Planned> planned = plan(papers, random, titles, abstracts, keys);
    List<List<Record>> files = distribute(planned, random);
    int records = 0;
    for (int f = 0; f < files.size(); f++) {
      Style style =
          switch (f % 5) {
            case 0 -> Style.BLANK;
            case 1 -> Style.METADATA;
            default -> Style.ALTERNATING;
          };
      Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%05d.txt", f));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeListing(out, style, files.get(f), random);
      }
      records += files.get(f).size();
    }
    return new Plan(files.size(), records, planned.size());
  }

  private static List<Planned> plan(
      int papers, Random random, TextModel titles, TextModel abstracts, Set<String> keys) {
    List<Planned> planned = new ArrayList<>(papers);
    while (planned.size() < papers) {
      String title = titles.generate(random);
      if (title.length() < 20 || title.length() > 150 || !keys.add(Text.titleKey(title))) {
        continue; // too short or long for a title, or a paper we already have
      }
      String abstractText = abstracts.generate(random);
      while (abstractText.length() < 400) {
        abstractText = abstractText + " " + abstracts.generate(random);
      }
      int roll = random.nextInt(100);
      int copies = roll < 84 ? 1 : roll < 95 ? 2 : roll < 99 ? 3 : 4;
      planned.add(new Planned(title, abstractText, 1 + random.nextInt(25), copies));
    }
    return planned;
  }

  /** One record to write: a paper as this listing shows it. */
  private record Record(String title, String abstractText, int authors) {}

  /**
   * Deals the records into listings of about {@link #RECORDS_PER_FILE}, shuffled, with a paper's
   * copies always in different listings (a listing never repeats a paper).
   */
  private static List<List<Record>> distribute(List<Planned> planned, Random random) {
    int total = planned.stream().mapToInt(Planned::copies).sum();
    int fileCount = Math.max(4, (total + RECORDS_PER_FILE - 1) / RECORDS_PER_FILE);
    List<List<Record>> files = new ArrayList<>();
    for (int f = 0; f < fileCount; f++) {
      files.add(new ArrayList<>());
    }
    for (Planned p : planned) {
      int first = random.nextInt(fileCount);
      int step = 1 + random.nextInt(fileCount / p.copies()); // copies * step < fileCount: distinct
      for (int copy = 0; copy < p.copies(); copy++) {
        files.get((first + copy * step) % fileCount).add(variant(p, copy, random));
      }
    }
    for (List<Record> file : files) {
      Collections.shuffle(file, random);
    }
    return files;
  }

  /** Later copies are sometimes captured differently: other title case, abstract cut short. */
  private static Record variant(Planned p, int copy, Random random) {
    String title = p.title();
    String abstractText = p.abstractText();
    if (copy > 0 && random.nextInt(10) == 0) {
      title = title.toLowerCase(Locale.ROOT);
    }
    if (copy > 0 && random.nextInt(8) == 0) {
      int cut = abstractText.lastIndexOf(' ', abstractText.length() * 3 / 4);
      abstractText = abstractText.substring(0, Math.max(cut, 300));
    }
    return new Record(title, abstractText, p.authors());
  }

  private static void writeListing(
      BufferedWriter out, Style style, List<Record> records, Random random) throws IOException {
    if (style == Style.ALTERNATING) {
      out.write("Get trending papers in your email inbox once a day!\n");
      out.write("Get trending papers in your email inbox!\n");
      out.write("Subscribe"); // glued to the first title, as captured
      for (Record r : records) {
        out.write(r.title() + "\n" + r.abstractText() + "\n");
      }
      return;
    }
    out.write("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n");
    if (style == Style.METADATA) {
      out.write("Daily Papers\n\n");
    }
    out.write("byAK and the research community\n\n" + date(random, false) + "\n\n");
    for (Record r : records) {
      out.write(r.title() + "\n\n" + r.abstractText() + "\n\n");
      if (style == Style.METADATA) {
        if (random.nextInt(12) == 0) {
          out.write(ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)] + "\n");
        } else {
          out.write("  • " + r.authors() + (r.authors() == 1 ? " author" : " authors") + "\n");
        }
        out.write("·\n" + date(random, true) + "\n\n");
      }
    }
  }

  /** "Mar 26", "Mar 4, 2024" or either followed by an upvote count, as the listings print them. */
  private static String date(Random random, boolean upvotes) {
    String date = MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28));
    if (random.nextInt(3) == 0) {
      date += ", " + (2021 + random.nextInt(4));
    }
    if (upvotes && random.nextInt(4) == 0) {
      date += " " + (1 + random.nextInt(300));
    }
    return date;
  }
}
