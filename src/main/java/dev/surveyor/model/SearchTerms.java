package dev.surveyor.model;

import java.util.List;

/**
 * What search indexes of each paper, counted by the analysis in its one pass over the text: every
 * word as the search page cuts a query ({@code text.SearchWords}) in the title, abstract, authors,
 * venue, organisation and the names of the entities the paper mentions, each written form with its
 * stem, and per paper its stems with their counts. Numbers, not a string per posting: a large
 * survey has millions of postings but a vocabulary of tens of thousands.
 *
 * @param stop words never indexed (the analyser's stop words), sorted
 * @param forms every written form (folded), in order of first use
 * @param stemOf per form, the number of its stem in {@code stems}
 * @param uses per form, how often the papers write it (a stem's commonest form is its home)
 * @param stems every stem, in order of first use
 * @param papers per paper, in paper order
 */
public record SearchTerms(
    List<String> stop,
    List<String> forms,
    int[] stemOf,
    int[] uses,
    List<String> stems,
    List<PaperTerms> papers) {
  /** Bits of a packed term below the stem's number: the count (8 bits) and the title bit. */
  public static final int STEM_SHIFT = 9;

  /** The most stems a packing can number. */
  public static final int MAX_STEMS = 1 << (31 - STEM_SHIFT);

  /** No terms: a survey analysed without its search index (the benchmark of the index's cost). */
  public static SearchTerms none() {
    return new SearchTerms(List.of(), List.of(), new int[0], new int[0], List.of(), List.of());
  }

  public SearchTerms {
    stop = List.copyOf(stop);
    forms = List.copyOf(forms);
    stemOf = stemOf.clone();
    uses = uses.clone();
    stems = List.copyOf(stems);
    papers = List.copyOf(papers);
    if (stemOf.length != forms.size() || uses.length != forms.size()) {
      throw new IllegalArgumentException("one stem and one count per form");
    }
  }

  /**
   * Each stem's home form's number: its commonest form, the smallest string on a tie. The index
   * keeps a stem's postings in its home form's shard, and says which papers do not write it.
   */
  public static int[] homes(List<String> forms, int[] stemOf, int[] uses, int stems) {
    int[] home = new int[stems];
    java.util.Arrays.fill(home, -1);
    for (int f = 0; f < forms.size(); f++) {
      int stem = stemOf[f];
      int h = home[stem];
      if (h < 0
          || uses[f] > uses[h]
          || (uses[f] == uses[h] && forms.get(f).compareTo(forms.get(h)) < 0)) {
        home[stem] = f;
      }
    }
    return home;
  }

  @Override
  public int[] stemOf() {
    return stemOf.clone();
  }

  @Override
  public int[] uses() {
    return uses.clone();
  }

  /**
   * One paper's terms.
   *
   * @param length its words outside the title (BM25's document length)
   * @param terms each stem it holds, packed: stem number {@code << STEM_SHIFT}, its count outside
   *     the title (at most 255) {@code << 1}, and 1 when the title holds it
   * @param variants the stems it holds only in other forms than their home form, ascending: a query
   *     for "reinforcement" finds a paper writing only "reinforcing", after those writing it
   */
  public record PaperTerms(int length, int[] terms, int[] variants) {
    public PaperTerms {
      terms = terms.clone();
      variants = variants.clone();
    }

    public PaperTerms(int length, int[] terms) {
      this(length, terms, new int[0]);
    }

    @Override
    public int[] terms() {
      return terms.clone();
    }

    @Override
    public int[] variants() {
      return variants.clone();
    }

    public static int pack(int stem, int count, boolean title) {
      return stem << STEM_SHIFT | Math.min(count, 255) << 1 | (title ? 1 : 0);
    }

    public static int stem(int packed) {
      return packed >>> STEM_SHIFT;
    }

    public static int count(int packed) {
      return (packed >>> 1) & 255;
    }

    public static boolean title(int packed) {
      return (packed & 1) == 1;
    }
  }
}
