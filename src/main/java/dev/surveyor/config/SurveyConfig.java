package dev.surveyor.config;

import dev.surveyor.model.SubtopicPin;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Site-wide settings from the front matter of {@code content/survey.md}.
 *
 * @param listingYear the year in which the listings were captured: a listing prints dates of the
 *     current year without the year ("Mar 26"), so this is what makes them sortable. Null when
 *     unknown; such dates are then kept as printed and not sorted.
 * @param feedSize how many of the newest papers the Atom feed carries.
 * @param otherSubtopics sub-topics the curator named among the papers in no theme: a line of work
 *     the survey lists but has no theme for ("Agents and tool use")
 * @param sourceName the website the listings were captured from, as readers know it ("Hugging Face
 *     Daily Papers"); empty when unknown
 * @param sourceUrl that website's address, or null
 * @param captured when the listings were captured, as a reader should read it ("2025", "March
 *     2025"); empty when unknown
 * @param repository where the survey's files are kept and corrections are proposed, or null
 * @param learnFrom label files, relative to the content directory, whose {@code tuning} rows teach
 *     the learned theme model (held-out rows never do)
 * @param searchSynonyms groups of words and phrases search reads as one another's synonyms, at a
 *     lower weight than the word written: a query for "distill" also finds the papers that write
 *     "teacher" instead. Data, not code: the survey's field decides what is a synonym.
 */
public record SurveyConfig(
    String title,
    String tagline,
    String baseUrl,
    String language,
    Integer listingYear,
    String author,
    int feedSize,
    int relatedCount,
    List<SubtopicPin> otherSubtopics,
    String sourceName,
    String sourceUrl,
    String captured,
    String repository,
    List<String> learnFrom,
    List<List<String>> searchSynonyms) {

  public SurveyConfig {
    Objects.requireNonNull(title, "title");
    tagline = tagline == null ? "" : tagline;
    baseUrl = normaliseBaseUrl(baseUrl);
    language = language == null || language.isBlank() ? "en" : language;
    author = author == null ? "" : author;
    feedSize = feedSize <= 0 ? 30 : feedSize;
    relatedCount = relatedCount <= 0 ? 5 : relatedCount;
    otherSubtopics = otherSubtopics == null ? List.of() : List.copyOf(otherSubtopics);
    sourceName = sourceName == null ? "" : sourceName.strip();
    sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
    captured = captured == null ? "" : captured.strip();
    repository = repository == null || repository.isBlank() ? null : repository.strip();
    learnFrom = learnFrom == null ? List.of() : List.copyOf(learnFrom);
    searchSynonyms =
        searchSynonyms == null ? List.of() : searchSynonyms.stream().map(List::copyOf).toList();
  }

  /** Settings a test can start from. */
  public static SurveyConfig defaults() {
    return builder().title("Survey").build();
  }

  /**
   * Settings built by name, as the front matter gives them; what is not set takes its default (the
   * constructor's).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, to change a few. */
  public Builder toBuilder() {
    return new Builder()
        .title(title)
        .tagline(tagline)
        .baseUrl(baseUrl)
        .language(language)
        .listingYear(listingYear)
        .author(author)
        .feedSize(feedSize)
        .relatedCount(relatedCount)
        .otherSubtopics(otherSubtopics)
        .sourceName(sourceName)
        .sourceUrl(sourceUrl)
        .captured(captured)
        .repository(repository)
        .learnFrom(learnFrom)
        .searchSynonyms(searchSynonyms);
  }

  public SurveyConfig withBaseUrl(String url) {
    return toBuilder().baseUrl(url).build();
  }

  /** Builds {@link SurveyConfig}s by name; a setting not given takes its default. */
  public static final class Builder {
    private String title;
    private String tagline;
    private String baseUrl;
    private String language;
    private Integer listingYear;
    private String author;
    private int feedSize;
    private int relatedCount;
    private List<SubtopicPin> otherSubtopics;
    private String sourceName;
    private String sourceUrl;
    private String captured;
    private String repository;
    private List<String> learnFrom;
    private List<List<String>> searchSynonyms;

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder tagline(String tagline) {
      this.tagline = tagline;
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder listingYear(Integer listingYear) {
      this.listingYear = listingYear;
      return this;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /** Zero or less for the default. */
    public Builder feedSize(int feedSize) {
      this.feedSize = feedSize;
      return this;
    }

    /** Zero or less for the default. */
    public Builder relatedCount(int relatedCount) {
      this.relatedCount = relatedCount;
      return this;
    }

    public Builder otherSubtopics(List<SubtopicPin> otherSubtopics) {
      this.otherSubtopics = otherSubtopics;
      return this;
    }

    public Builder sourceName(String sourceName) {
      this.sourceName = sourceName;
      return this;
    }

    public Builder sourceUrl(String sourceUrl) {
      this.sourceUrl = sourceUrl;
      return this;
    }

    public Builder captured(String captured) {
      this.captured = captured;
      return this;
    }

    public Builder repository(String repository) {
      this.repository = repository;
      return this;
    }

    public Builder learnFrom(List<String> learnFrom) {
      this.learnFrom = learnFrom;
      return this;
    }

    public Builder searchSynonyms(List<List<String>> searchSynonyms) {
      this.searchSynonyms = searchSynonyms;
      return this;
    }

    /** The settings; throws when no title was given. */
    public SurveyConfig build() {
      return new SurveyConfig(
          title,
          tagline,
          baseUrl,
          language,
          listingYear,
          author,
          feedSize,
          relatedCount,
          otherSubtopics,
          sourceName,
          sourceUrl,
          captured,
          repository,
          learnFrom,
          searchSynonyms);
    }
  }

  public boolean hasBaseUrl() {
    return baseUrl != null;
  }

  /**
   * Why a link setting ({@code source_url}, {@code repository}) cannot be used, or empty when it
   * can: it is printed as a link on every page, so it must be an absolute http(s) address.
   */
  public static Optional<String> linkProblem(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return Optional.of(
        "must be an absolute http(s) URL such as https://github.com/owner/survey, not '"
            + url
            + "'");
  }

  /**
   * Why a base URL cannot be used, or empty when it can: sitemaps, feeds and canonical links need
   * an absolute http(s) address without query or fragment.
   */
  public static Optional<String> baseUrlProblem(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String why =
        "must be an absolute http(s) URL such as https://example.org/survey/, not '" + url + "'";
    try {
      URI uri = new URI(url.strip());
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        return Optional.of(why);
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of(why);
    }
  }

  private static String normaliseBaseUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }
}
