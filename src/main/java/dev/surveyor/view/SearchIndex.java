package dev.surveyor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search index as the browser loads it, piece by piece: a small manifest read with the page,
 * shards of the term dictionary and postings loaded for the words a query has, fragments of the
 * results shown, the abstracts of the results whose title and summary show no word the query
 * matched (for a snippet saying why they matched), each theme's members when a query names the
 * theme, and the facets when a theme or year is chosen. Every map is sorted and every list in a
 * fixed order, so two builds write the same bytes.
 *
 * @param abstracts the papers' abstracts, {@link Manifest#excerpts} a file, in paper order
 * @param members each theme's papers, in the manifest's theme order ("Other" left out)
 * @param groupMembers each named sub-topic's papers, in the manifest's order of groups
 * @param facets each paper's themes and year, in paper order ({@link SearchCodes})
 */
public record SearchIndex(
    Manifest manifest,
    List<Shard> shards,
    List<List<Fragment>> bundles,
    List<List<String>> abstracts,
    List<Members> members,
    List<Members> groupMembers,
    String facets) {
  public SearchIndex {
    shards = List.copyOf(shards);
    bundles = List.copyOf(bundles);
    abstracts = abstracts.stream().map(List::copyOf).toList();
    members = List.copyOf(members);
    groupMembers = List.copyOf(groupMembers);
  }

  /**
   * What the page needs before any query.
   *
   * @param papers how many papers there are; a paper's number is its place in slug order
   * @param bundle papers per fragment file
   * @param excerpts papers per abstract file
   * @param themes every theme, then "Other"; a paper's theme mask counts bits in this order
   * @param groups the named sub-topics of every theme and of the papers in no theme
   * @param years the years papers have, oldest first; a paper's year number is its place plus one
   * @param shards the keys of the shards: a word is in the shard of the longest key it starts with
   * @param stop words never indexed, dropped from queries
   * @param synonyms the curator's synonym groups, as a query's word finds its group
   */
  public record Manifest(
      int papers,
      int bundle,
      int excerpts,
      List<SearchTheme> themes,
      List<SearchGroup> groups,
      List<Integer> years,
      List<String> shards,
      List<String> stop,
      List<Synonyms> synonyms) {
    public Manifest {
      themes = List.copyOf(themes);
      groups = List.copyOf(groups);
      years = List.copyOf(years);
      shards = List.copyOf(shards);
      stop = List.copyOf(stop);
      synonyms = List.copyOf(synonyms);
    }
  }

  /**
   * A group of names search reads as one another's synonyms (see {@link SearchSynonyms}).
   *
   * @param w each name's words as a query writes them
   * @param f every form the index holds of a one-word name's stem, to that name's place in {@code
   *     w}: the query words the group widens
   * @param p for each name of several words, the papers writing its words together (gaps or bits,
   *     whichever is shorter), else null: the index knows which words a paper holds, not where, so
   *     "reinforcement learning" read as its words found CLIMB ("to reinforce", "learning")
   * @param t the same for the papers whose title writes it
   */
  public record Synonyms(
      List<List<String>> w, Map<String, Integer> f, List<Members> p, List<Members> t) {
    public Synonyms {
      w = w.stream().map(List::copyOf).toList();
      f = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(f));
      p = java.util.Collections.unmodifiableList(new ArrayList<>(p));
      t = java.util.Collections.unmodifiableList(new ArrayList<>(t));
    }
  }

  /**
   * A theme a result can show and the search can be narrowed to.
   *
   * @param q the theme's names as a query writes them (folded words, one space apart): a query
   *     naming the theme also finds its papers that don't use the words
   */
  public record SearchTheme(String slug, String name, String href, List<String> q) {
    public SearchTheme {
      q = List.copyOf(q);
    }
  }

  /**
   * A named sub-topic, which a query naming it finds the papers of, as a theme's name does: "soft
   * prompt" finds SoftCoT and RELIEF, filed under PEFT's "Soft prompts", which never write it.
   *
   * @param name as its theme page heads it
   * @param m the slug of its theme ("other" for the papers in no theme)
   * @param q its name's words as the browser reads a query's: stop words left out, each word as its
   *     stem's home form ({@link HomeForms}), so any form of the words names it
   */
  public record SearchGroup(String name, String m, String q) {}

  /**
   * One shard.
   *
   * @param forms each word as written (folded) to its terms: a number is a term of this shard, a
   *     string the word whose shard holds the term
   * @param terms stems (and entities) with their postings
   * @param phrases an entity's names as a query writes them, to the entity's term here
   */
  public record Shard(
      String key,
      Map<String, List<Object>> forms,
      List<Term> terms,
      Map<String, List<Phrase>> phrases) {
    public Shard {
      forms = Map.copyOf(forms);
      terms = List.copyOf(terms);
      phrases = Map.copyOf(phrases);
    }
  }

  /**
   * A term: its inverse document frequency (×100) and its postings ({@link SearchCodes}). A term in
   * most papers may keep only its best-scored postings in {@code p}, and every paper that holds it
   * in {@code a}.
   *
   * @param w the weight every posting's score is multiplied by
   * @param p papers by number, each with its score within the term
   * @param a null, or every paper holding the term, one bit each, six to a character of the
   *     alphabet (paper 0 is the lowest bit of the first)
   * @param f with {@code a}: the score of the papers in {@code a} and not in {@code p} (their mean)
   * @param h null, or the stem's home form, its commonest, when some of its papers never write it
   * @param o with {@code h}: those papers as gaps ({@link SearchCodes}, the first counted from -1),
   *     which a query for the home form ranks after the papers writing it ("reinforcement" finds a
   *     paper writing only "reinforcing" after them); or null, and
   * @param b those papers as bits, six to a character, as {@code a}, when that is shorter
   * @param n null, or the papers holding the term only as a part of a model's name ("Distill" of
   *     DeepSeek-R1-Distill-Qwen), as gaps: a query ranks them as lacking the word, after the
   *     papers writing it in their prose ("distill reasoning small models" listed a paper that only
   *     runs such a model 2nd)
   */
  public record Term(int w, String p, String a, Integer f, String h, String o, String b, String n) {
    public Term(int w, String p, String a, Integer f, String n) {
      this(w, p, a, f, null, null, null, n);
    }

    /** This term, saying which of its papers write only other forms than {@code home}. */
    Term withVariants(String home, Members variants) {
      return new Term(w, p, a, f, home, variants.p(), variants.a(), n);
    }

    /** Characters it takes in a shard. */
    int size() {
      return p.length()
          + (a == null ? 0 : a.length() + 8)
          + (h == null ? 0 : h.length() + (o == null ? b : o).length() + 12)
          + (n == null ? 0 : n.length() + 6);
    }
  }

  /**
   * A theme's papers, for a query naming the theme: a few kilobytes where the facets, every paper's
   * themes, are a few hundred at 100,000 papers. One of the two is set, whichever is shorter.
   *
   * @param p the papers by number as gaps ({@link SearchCodes}), the first counted from -1
   * @param a the papers as bits, six to a character, as a common term's ({@link Term#a})
   */
  public record Members(String p, String a) {}

  /**
   * An entity named by a phrase.
   *
   * @param t the entity's term in this shard
   * @param c for a case-sensitive entity, the words as they must be written; else null
   * @param s for a name the entity's one-word abbreviation spells out ("low rank adaptation"), the
   *     abbreviation ("lora"), whose longer words the name also finds; else null
   * @param p 1 when the phrase only begins the entity's name ("low rank" of "low rank adaptation"):
   *     a query of it finds the papers its words find and the entity's; else null
   * @param w every way a paper may write the entity (aliases and names), which a result's snippet
   *     marks
   */
  public record Phrase(int t, String c, String s, Integer p, List<String> w) {
    public Phrase {
      w = List.copyOf(w);
    }
  }

  /**
   * What a result shows.
   *
   * @param h the paper page, relative to the search page
   * @param t title
   * @param s summary
   * @param m theme slugs; empty for "Other"
   * @param d the date as a reader sees it
   * @param u upvotes
   * @param a the authors ("A, B and C"), when a source or curator names them; else null
   */
  public record Fragment(
      String h, String t, String s, List<String> m, String d, Integer u, String a) {
    public Fragment {
      m = List.copyOf(m);
    }
  }
}
