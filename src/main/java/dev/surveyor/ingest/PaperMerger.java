package dev.surveyor.ingest;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.MergeGroup;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SkippedFile;
import dev.surveyor.text.LinkExtractor;
import dev.surveyor.text.Slugs;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges records of the same paper (same title key) into one {@link Paper}, keeping every
 * occurrence, and gives each paper a unique slug. Papers come out sorted by slug.
 */
public final class PaperMerger {
  private PaperMerger() {}

  public static Corpus merge(List<ParsedListing> listings) {
    return merge(listings, List.of());
  }

  /**
   * @param skipped files among the sources that were not read, carried to the report
   */
  public static Corpus merge(List<ParsedListing> listings, List<SkippedFile> skipped) {
    List<Occurrence> all = listings.stream().flatMap(l -> l.records().stream()).toList();
    List<String> keys = Cores.map(all, o -> Text.titleKey(o.title()));
    Map<String, List<Occurrence>> byKey = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<Group> drafts =
        Cores.map(
            List.copyOf(byKey.entrySet()),
            entry -> {
              List<Occurrence> occurrences = new ArrayList<>(entry.getValue());
              occurrences.sort(Comparator.comparing(Occurrence::provenance));
              String title = preferredTitle(occurrences);
              return new Group(Slugs.of(title), entry.getKey(), title, occurrences);
            });
    Set<String> taken = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    List<Group> groups = new ArrayList<>(drafts.size());
    List<MergeGroup> merges = new ArrayList<>();
    // Keys are visited in sorted order, so colliding slugs are numbered deterministically.
    for (Group draft : drafts) {
      String slug = uniqueSlug(draft.slug(), taken, nextSuffix);
      groups.add(new Group(slug, draft.key(), draft.title(), draft.occurrences()));
      if (draft.occurrences().size() > 1) {
        merges.add(
            new MergeGroup(
                slug,
                draft.title(),
                draft.occurrences().stream().map(Occurrence::provenance).toList()));
      }
    }
    // With its slug fixed, each paper is made independently (links found, details merged).
    List<Paper> papers =
        new ArrayList<>(
            Cores.map(groups, g -> toPaper(g.slug(), g.key(), g.title(), g.occurrences())));
    papers.sort(Comparator.comparing(Paper::slug));
    merges.sort(Comparator.comparing(MergeGroup::slug));
    return new Corpus(listings, papers, merges, skipped);
  }

  /** The records of one paper, with the title and slug (or, in a draft, base slug) for it. */
  private record Group(String slug, String key, String title, List<Occurrence> occurrences) {}

  private static String uniqueSlug(String base, Set<String> taken, Map<String, Integer> next) {
    String slug = base;
    while (!taken.add(slug)) {
      int n = next.merge(base, 1, Integer::sum) + 1;
      slug = base + "-" + n;
    }
    return slug;
  }

  private static Paper toPaper(
      String slug, String key, String title, List<Occurrence> occurrences) {
    String abstractText =
        occurrences.stream()
            .map(Occurrence::abstractText)
            .max(Comparator.comparingInt(String::length))
            .orElseThrow();
    // Prefer the longest abstract: captures sometimes cut one short. Ties keep the first.
    for (Occurrence o : occurrences) {
      if (o.abstractText().length() == abstractText.length()) {
        abstractText = o.abstractText();
        break;
      }
    }
    Integer authors = first(occurrences, Occurrence::authorCount);
    String organization = first(occurrences, Occurrence::organization);
    ListingDate date =
        occurrences.stream()
            .map(Occurrence::date)
            .filter(Objects::nonNull)
            .max(Comparator.comparing(ListingDate::yearPrinted))
            .orElse(null);
    if (date != null) {
      for (Occurrence o : occurrences) {
        if (o.date() != null && o.date().yearPrinted() == date.yearPrinted()) {
          date = o.date();
          break;
        }
      }
    }
    Integer upvotes =
        occurrences.stream()
            .map(Occurrence::upvotes)
            .filter(Objects::nonNull)
            .max(Integer::compare)
            .orElse(null);
    return new Paper(
        slug,
        key,
        title,
        abstractText,
        occurrences,
        authors,
        organization,
        date,
        upvotes,
        LinkExtractor.find(abstractText),
        details(occurrences));
  }

  /**
   * Details stated by several sources, combined: the fullest author list (a complete one over one
   * cut short with "et al."), the first year and venue stated, every tag and every link once, in
   * the order first seen.
   */
  private static PaperDetails details(List<Occurrence> occurrences) {
    if (occurrences.size() == 1) {
      return occurrences.get(0).details();
    }
    PaperDetails authors = null;
    Set<String> tags = new LinkedHashSet<>();
    Map<String, NamedLink> links = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      PaperDetails d = o.details();
      if (!d.authors().isEmpty() && (authors == null || fuller(d, authors))) {
        authors = d;
      }
      tags.addAll(d.tags());
      d.links().forEach(link -> links.putIfAbsent(link.url(), link));
    }
    return new PaperDetails(
        authors == null ? List.of() : authors.authors(),
        authors != null && authors.moreAuthors(),
        first(occurrences, o -> o.details().year()),
        first(occurrences, o -> o.details().venue()),
        List.copyOf(tags),
        List.copyOf(links.values()));
  }

  private static boolean fuller(PaperDetails candidate, PaperDetails best) {
    if (candidate.moreAuthors() != best.moreAuthors()) {
      return !candidate.moreAuthors();
    }
    return candidate.authors().size() > best.authors().size();
  }

  /** The most frequent spelling of the title; ties go to the first seen. */
  private static String preferredTitle(List<Occurrence> occurrences) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      counts.merge(o.title(), 1, Integer::sum);
    }
    String best = occurrences.get(0).title();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static <T> T first(List<Occurrence> occurrences, Function<Occurrence, T> field) {
    return occurrences.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
