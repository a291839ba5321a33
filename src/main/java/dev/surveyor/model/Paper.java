package dev.surveyor.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A distinct paper: one or more occurrences merged, with the best of their metadata.
 *
 * @param slug stable, unique, URL-safe name
 * @param key the normalised title that identifies the paper across listings
 * @param occurrences every appearance, in provenance order; never empty
 * @param linkSpans the links found in the abstract, in order: where each shows and its repaired URL
 *     (found once, on reading, for every step that shows or skips them)
 * @param details what curated collections state about it, merged over its occurrences
 */
public record Paper(
    String slug,
    String key,
    String title,
    String abstractText,
    List<Occurrence> occurrences,
    Integer authorCount,
    String organization,
    ListingDate date,
    Integer upvotes,
    List<LinkSpan> linkSpans,
    PaperDetails details) {

  public Paper {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    occurrences = List.copyOf(occurrences);
    linkSpans = List.copyOf(linkSpans);
    if (!linkSpans.isEmpty() && linkSpans.get(linkSpans.size() - 1).end() > abstractText.length()) {
      throw new IllegalArgumentException("links found in another abstract: " + slug);
    }
    Objects.requireNonNull(details, "details");
    if (occurrences.isEmpty()) {
      throw new IllegalArgumentException("a paper needs at least one occurrence: " + slug);
    }
  }

  /** The paper with a curator's title and abstract, and the links found in that abstract. */
  public Paper withText(String newTitle, String newAbstract, List<LinkSpan> newLinks) {
    return new Paper(
        slug,
        key,
        newTitle,
        newAbstract,
        occurrences,
        authorCount,
        organization,
        date,
        upvotes,
        newLinks,
        details);
  }

  /** The paper with a curator's details and date ({@link CuratedFacts}). */
  public Paper withFacts(PaperDetails newDetails, ListingDate newDate) {
    return new Paper(
        slug,
        key,
        title,
        abstractText,
        occurrences,
        authorCount,
        organization,
        newDate,
        upvotes,
        linkSpans,
        newDetails);
  }

  /** The distinct URLs found in the abstract, repaired, in order of first appearance. */
  public List<String> links() {
    if (linkSpans.isEmpty()) {
      return List.of(); // most abstracts
    }
    Set<String> urls = new LinkedHashSet<>();
    linkSpans.forEach(span -> urls.add(span.url()));
    return List.copyOf(urls);
  }

  public Provenance firstSeen() {
    return occurrences.get(0).provenance();
  }
}
