package dev.surveyor.model;

import java.util.List;
import java.util.Objects;

/**
 * A distinct paper: one or more occurrences merged, with the best of their metadata.
 *
 * @param slug stable, unique, URL-safe name
 * @param key the normalised title that identifies the paper across listings
 * @param occurrences every appearance, in provenance order; never empty
 * @param links URLs found in the abstract, repaired, in order of appearance
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
    List<String> links,
    PaperDetails details) {

  public Paper {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    occurrences = List.copyOf(occurrences);
    links = List.copyOf(links);
    Objects.requireNonNull(details, "details");
    if (occurrences.isEmpty()) {
      throw new IllegalArgumentException("a paper needs at least one occurrence: " + slug);
    }
  }

  /** The paper with a curator's title and abstract, and the links that abstract holds. */
  public Paper withText(String newTitle, String newAbstract, List<String> newLinks) {
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
        links,
        newDetails);
  }

  public Provenance firstSeen() {
    return occurrences.get(0).provenance();
  }
}
