package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.SearchTerms.PaperTerms;
import dev.surveyor.text.SearchWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the words search indexes ({@link SearchTerms}) during the analysis's one pass over the
 * text, cut as the search page cuts a query. Each slice of papers counts into a counter of its own,
 * with numbers of its own; {@link #merge} then numbers forms and stems for the whole survey and
 * adds the names of the entities each paper mentions (known only once the pass is done). Stems come
 * from the analyser's shared cache ({@link SearchStems}): a word is stemmed once per build, not
 * once per paper.
 */
public final class SearchWordCounter {
  private final SearchStems stemmer;
  private final Set<String> stop;
  // This slice's forms in an open-addressing table (slot: form number + 1, 0 empty), looked up
  // by characters, so counting a word makes no string; a stop word is a form with stem -1.
  private int[] table = new int[1 << 12];
  private final List<String> forms = new ArrayList<>();
  private int[] hashes = new int[1024];
  // Each form's characters, compared with a word read without going through its string.
  private char[][] formChars = new char[1024][];
  private int[] uses = new int[1024];
  private int[] stemOfForm = new int[1024];
  private final SearchWords.Reader reader = new SearchWords.Reader();
  private final Map<String, Integer> stemNumbers = new HashMap<>();
  private final List<String> stems = new ArrayList<>();
  private final List<int[]> papers = new ArrayList<>(); // packed with this slice's stem numbers
  private final List<Integer> lengths = new ArrayList<>();
  // Each paper's distinct forms (this slice's numbers), kept until the merge knows each stem's
  // home form; formSeen[form] is the paper that last wrote it, plus one.
  private final List<int[]> paperForms = new ArrayList<>();
  private int[] formSeen = new int[1024];
  private int[] written = new int[256];
  private int writtenSize;
  // One paper's counts by stem number (count << 1 | title), and the stems it touched.
  private int[] counts = new int[1024];
  private int[] touched = new int[256];
  // The paper that last touched each stem, plus one: a stem held uncounted stays at count 0.
  private int[] touchedBy = new int[1024];
  private int touchedSize;
  // Each paper's pairs of words standing alone side by side (this slice's forms, packed by pair),
  // counted as the compound they spell where the survey holds it, once the merge knows its forms.
  // A pair may have stop words between ("chain of thought"); see pair() for the packing.
  private final List<long[]> paperPairs = new ArrayList<>();
  private long[] pairs = new long[64];
  private int pairsSize;

  /**
   * The most stop words between a pair's words ("state of the art"): the search page reads words
   * with only stop words between them as side by side, as the compound they spell ("easy to hard"
   * as "easy-to-hard").
   */
  static final int MIDDLE = 2;

  // A pair packed in a long: first form, second form (FORM_BITS each), the stop words between
  // (six bits each) and the title bit. A slice with more forms leaves the rarest out of pairs.
  private static final int FORM_BITS = 25;

  private static final List<String> STOP_WORDS = TextAnalyzer.stopWords();

  SearchWordCounter(TextAnalyzer analyzer) {
    this.stemmer = new SearchStems(analyzer);
    this.stop = new HashSet<>(STOP_WORDS);
  }

  /** The terms of papers counted in one slice: for a survey put together without the analysis. */
  public static SearchTerms of(List<Paper> papers, EntityIndex entities) {
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SearchWordCounter counter = new SearchWordCounter(analyzer);
      papers.forEach(counter::add);
      return merge(List.of(counter), papers, entities, analyzer);
    }
  }

  /** Counts one paper's own words: title, abstract, authors, venue and organisation. */
  void add(Paper paper) {
    int length = count(paper.abstractText(), false);
    for (String author : paper.details().authors()) {
      length += count(author, false);
    }
    if (paper.details().venue() != null) {
      length += count(paper.details().venue(), false);
    }
    if (paper.organization() != null) { // listings name the organisation, not the authors
      length += count(paper.organization(), false);
    }
    count(paper.title(), true);
    int[] packed = new int[touchedSize];
    for (int k = 0; k < touchedSize; k++) {
      int stem = touched[k];
      packed[k] = PaperTerms.pack(stem, counts[stem] >>> 1, (counts[stem] & 1) == 1);
      counts[stem] = 0;
    }
    touchedSize = 0;
    papers.add(packed);
    paperForms.add(Arrays.copyOf(written, writtenSize));
    writtenSize = 0;
    paperPairs.add(Arrays.copyOf(pairs, pairsSize));
    pairsSize = 0;
    lengths.add(length);
  }

  /** Counts a text's words; a title's set the title bit and count nowhere else. */
  private int count(String text, boolean title) {
    int words = 0;
    int before = -1; // the word before, a form that is no stop word, with only spaces since
    int middle = 0; // the stop words since, each its place in STOP_WORDS plus one, six bits each
    int between = 0;
    reader.reset(text);
    while (reader.next()) {
      int form =
          form(reader.chars(), reader.start(), reader.length(), reader.hash()); // may grow it
      int stem = stemOfForm[form];
      if (stem < 0) { // a stop word: the words either side may still spell a compound
        if (before >= 0 && reader.spaced() && between < MIDDLE) {
          middle = middle << 6 | -stem;
          between++;
        } else {
          before = -1;
        }
        continue;
      }
      if (before >= 0 && reader.spaced()) {
        pair(before, middle, form, title);
      }
      before = form;
      middle = 0;
      between = 0;
      touch(stem);
      // a part of a model's name ("Distill" of DeepSeek-R1-Distill-Qwen) is held but not counted:
      // the paper is found by the word, after the papers that write it as a word
      boolean name = reader.inName();
      if (formSeen[form] != papers.size() + 1) {
        formSeen[form] = papers.size() + 1;
        if (writtenSize == written.length) {
          written = Arrays.copyOf(written, writtenSize * 2);
        }
        written[writtenSize++] = form;
      }
      if (title) {
        counts[stem] |= name ? 0 : 1; // the title bit; a title's words count nowhere else
      } else {
        counts[stem] += name ? 0 : 2;
        words++;
      }
    }
    return words;
  }

  private void pair(int first, int middle, int second, boolean title) {
    if ((first | second) >>> FORM_BITS != 0) {
      return;
    }
    if (pairsSize == pairs.length) {
      pairs = Arrays.copyOf(pairs, pairsSize * 2);
    }
    pairs[pairsSize++] =
        (long) first << (FORM_BITS + 13)
            | (long) second << 13
            | (long) middle << 1
            | (title ? 1 : 0);
  }

  /** The words a pair spells joined: "chainofthought" of "chain of thought". */
  private String joined(long pair) {
    StringBuilder words = new StringBuilder(forms.get((int) (pair >>> (FORM_BITS + 13))));
    int middle = (int) (pair >>> 1) & 4095;
    if (middle >= 64) {
      words.append(STOP_WORDS.get((middle >>> 6) - 1));
    }
    if (middle != 0) {
      words.append(STOP_WORDS.get((middle & 63) - 1));
    }
    return words.append(forms.get((int) (pair >>> 13) & ((1 << FORM_BITS) - 1))).toString();
  }

  private void touch(int stem) {
    if (touchedBy[stem] != papers.size() + 1) {
      touchedBy[stem] = papers.size() + 1;
      if (touchedSize == touched.length) {
        touched = Arrays.copyOf(touched, touchedSize * 2);
      }
      touched[touchedSize++] = stem;
    }
  }

  /** The form's number, counted as used once; a new form is numbered and stemmed. */
  private int form(char[] chars, int start, int length, int hash) {
    int mask = table.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (table[slot] != 0) {
      int form = table[slot] - 1;
      if (hashes[form] == hash && same(formChars[form], chars, start, length)) {
        uses[form]++;
        return form;
      }
      slot = (slot + 1) & mask;
    }
    int form = add(new String(chars, start, length), hash);
    table[slot] = form + 1;
    if (forms.size() * 2 > table.length) {
      grow();
    }
    uses[form]++;
    return form;
  }

  private static boolean same(char[] form, char[] chars, int start, int length) {
    if (form.length != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (form[k] != chars[start + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int form = 0; form < forms.size(); form++) {
      int slot = (hashes[form] ^ (hashes[form] >>> 16)) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = form + 1;
    }
  }

  private int add(String word, int hash) {
    int form = forms.size();
    forms.add(word);
    if (form == uses.length) {
      uses = Arrays.copyOf(uses, form * 2);
      hashes = Arrays.copyOf(hashes, form * 2);
      formChars = Arrays.copyOf(formChars, form * 2);
      stemOfForm = Arrays.copyOf(stemOfForm, form * 2);
      formSeen = Arrays.copyOf(formSeen, form * 2);
    }
    hashes[form] = hash;
    formChars[form] = word.toCharArray();
    if (stop.contains(word)) {
      stemOfForm[form] = -1 - STOP_WORDS.indexOf(word); // below 0, and says which
      return form;
    }
    String stem = stemmer.of(word);
    Integer stemNumber = stemNumbers.get(stem);
    if (stemNumber == null) {
      stemNumber = stems.size();
      stemNumbers.put(stem, stemNumber);
      stems.add(stem);
      if (stemNumber == counts.length) {
        counts = Arrays.copyOf(counts, stemNumber * 2);
        touchedBy = Arrays.copyOf(touchedBy, stemNumber * 2);
      }
    }
    stemOfForm[form] = stemNumber;
    return form;
  }

  /**
   * The survey's terms: the slices' counts (in paper order) numbered as one, with the names of the
   * entities each paper mentions counted as its words.
   */
  static SearchTerms merge(
      List<SearchWordCounter> slices,
      List<Paper> papers,
      EntityIndex entities,
      TextAnalyzer analyzer) {
    Numbering all = new Numbering(analyzer);
    List<int[]> stemMaps = new ArrayList<>();
    List<int[]> formMaps = new ArrayList<>();
    for (SearchWordCounter slice : slices) {
      int[] formMap = new int[slice.forms.size()];
      stemMaps.add(slice.numberInto(all, formMap));
      formMaps.add(formMap);
    }
    Map<String, int[]> nameForms = nameForms(entities, all);
    List<List<int[]>> spelled = new ArrayList<>();
    for (SearchWordCounter slice : slices) {
      spelled.add(slice.compoundsSpelled(all));
    }
    if (all.stems.size() > SearchTerms.MAX_STEMS) {
      throw new IllegalStateException("more stems than a packed term can number");
    }
    for (Paper paper : papers) {
      for (EntityUse use : entities.of(paper)) {
        for (int form : nameForms.get(use.entity().slug())) {
          all.uses[form]++;
        }
      }
    }
    int[] home = SearchTerms.homes(all.forms, all.stemOf, all.uses, all.stems.size());
    int[] firstOf = new int[slices.size() + 1];
    for (int s = 0; s < slices.size(); s++) {
      firstOf[s + 1] = firstOf[s] + slices.get(s).papers.size();
    }
    List<PaperTerms> terms = new ArrayList<>(papers.size());
    for (List<PaperTerms> slice :
        Cores.mapIndices(
            slices.size(),
            s -> {
              // which survey forms the paper at hand writes: that paper's number plus one
              int[] writes = new int[all.forms.size()];
              SearchWordCounter counter = slices.get(s);
              List<PaperTerms> made = new ArrayList<>(counter.papers.size());
              for (int k = 0; k < counter.papers.size(); k++) {
                List<EntityUse> mentions = entities.of(papers.get(firstOf[s] + k));
                int[] compounds = spelled.get(s).get(k);
                int[] packed =
                    withCompounds(
                        withNames(
                            counter.termsOf(k, stemMaps.get(s)), mentions, nameForms, all.stemOf),
                        compounds,
                        all.stemOf);
                for (int form : counter.paperForms.get(k)) {
                  writes[formMaps.get(s)[form]] = firstOf[s] + k + 1;
                }
                for (int compound : compounds) {
                  writes[compound >>> 1] = firstOf[s] + k + 1;
                }
                made.add(
                    new PaperTerms(
                        counter.lengths.get(k) + nameWords(mentions, nameForms),
                        packed,
                        variants(packed, mentions, nameForms, home, writes, firstOf[s] + k + 1)));
              }
              return made;
            })) {
      terms.addAll(slice);
    }
    return new SearchTerms(
        TextAnalyzer.stopWords(),
        all.forms,
        Arrays.copyOf(all.stemOf, all.forms.size()),
        all.uses(),
        all.stems,
        terms);
  }

  /**
   * Numbers this slice's forms in the survey's numbering, each form's survey number into {@code
   * formMap}; returns its stems' survey numbers.
   */
  private int[] numberInto(Numbering all, int[] formMap) {
    int[] stemMap = new int[stems.size()];
    for (int f = 0; f < forms.size(); f++) {
      if (stemOfForm[f] < 0) {
        formMap[f] = -1;
        continue; // a stop word: never indexed
      }
      int form = all.form(forms.get(f));
      formMap[f] = form;
      all.uses[form] += uses[f];
      stemMap[stemOfForm[f]] = all.stemOf[form];
    }
    return stemMap;
  }

  /**
   * Each paper's pairs of words side by side that spell a word the survey holds ("instruction
   * following", held as "instructionfollowing" from the papers hyphenating it), as that word's
   * survey form shifted left once, its low bit the title's; each such use is counted as a use of
   * the form. A pair spelling a word no paper writes is left as two words: the index holds no
   * pairs.
   */
  private List<int[]> compoundsSpelled(Numbering all) {
    List<int[]> spelled = new ArrayList<>(paperPairs.size());
    for (long[] own : paperPairs) {
      int[] found = new int[own.length];
      int size = 0;
      for (long pair : own) {
        Integer compound = all.formNumbers.get(joined(pair));
        if (compound != null) {
          all.uses[compound]++;
          found[size++] = compound << 1 | (int) (pair & 1);
        }
      }
      spelled.add(Arrays.copyOf(found, size));
    }
    return spelled;
  }

  /** A paper's packed terms with the compounds its spaced pairs spell counted as written. */
  private static int[] withCompounds(int[] packed, int[] compounds, int[] stemOf) {
    int[] stems = new int[compounds.length];
    boolean[] inTitle = new boolean[compounds.length];
    for (int i = 0; i < compounds.length; i++) {
      stems[i] = stemOf[compounds[i] >>> 1];
      inTitle[i] = (compounds[i] & 1) == 1;
    }
    return counted(packed, stems, inTitle);
  }

  /**
   * Packed terms with each stem counted once more, added when the paper had none; a stem met in the
   * title is marked as a title's instead, as the title's own words are.
   */
  private static int[] counted(int[] packed, int[] stems, boolean[] inTitle) {
    int size = packed.length;
    for (int i = 0; i < stems.length; i++) {
      int stem = stems[i];
      int k = 0;
      while (k < size && PaperTerms.stem(packed[k]) != stem) {
        k++;
      }
      if (k == size) {
        if (size == packed.length) {
          packed = Arrays.copyOf(packed, size * 2 + 4);
        }
        packed[size++] = PaperTerms.pack(stem, 0, false);
      }
      int count = PaperTerms.count(packed[k]) + (inTitle[i] ? 0 : 1);
      packed[k] = PaperTerms.pack(stem, count, inTitle[i] || PaperTerms.title(packed[k]));
    }
    return size == packed.length ? packed : Arrays.copyOf(packed, size);
  }

  /** Each entity's name, cut and numbered once; a paper that mentions it has those words too. */
  private static Map<String, int[]> nameForms(EntityIndex entities, Numbering all) {
    Map<String, int[]> nameForms = new HashMap<>();
    Set<String> stop = new HashSet<>(TextAnalyzer.stopWords());
    for (Entity entity : entities.entities()) {
      nameForms.put(
          entity.slug(),
          SearchWords.of(entity.name()).stream()
              .filter(w -> !stop.contains(w))
              .mapToInt(all::form)
              .toArray());
    }
    return nameForms;
  }

  /** The {@code k}th paper's packed terms, its stems renumbered for the whole survey. */
  private int[] termsOf(int k, int[] stemMap) {
    int[] own = papers.get(k);
    int[] packed = new int[own.length];
    for (int t = 0; t < own.length; t++) {
      int stem = stemMap[PaperTerms.stem(own[t])];
      packed[t] = PaperTerms.pack(stem, PaperTerms.count(own[t]), PaperTerms.title(own[t]));
    }
    return packed;
  }

  /** A paper's packed terms with the words of the entities it mentions counted once per mention. */
  private static int[] withNames(
      int[] packed, List<EntityUse> mentions, Map<String, int[]> nameForms, int[] stemOf) {
    int[] stems =
        mentions.stream()
            .flatMapToInt(use -> Arrays.stream(nameForms.get(use.entity().slug())))
            .map(form -> stemOf[form])
            .toArray();
    return counted(packed, stems, new boolean[stems.length]);
  }

  /** How many words the names of the entities a paper mentions add to its length. */
  private static int nameWords(List<EntityUse> mentions, Map<String, int[]> nameForms) {
    int words = 0;
    for (EntityUse use : mentions) {
      words += nameForms.get(use.entity().slug()).length;
    }
    return words;
  }

  /**
   * The stems of a paper's packed terms that it never writes in their home form, in neither its
   * words nor the names of the entities it mentions, ascending. {@code writes} holds {@code mark}
   * at each form its words are written in (a number no other paper marked with); the names' forms
   * are marked here.
   */
  private static int[] variants(
      int[] packed,
      List<EntityUse> mentions,
      Map<String, int[]> nameForms,
      int[] home,
      int[] writes,
      int mark) {
    for (EntityUse use : mentions) {
      for (int form : nameForms.get(use.entity().slug())) {
        writes[form] = mark;
      }
    }
    int[] variants = new int[packed.length];
    int count = 0;
    for (int term : packed) {
      int stem = PaperTerms.stem(term);
      if (writes[home[stem]] != mark) {
        variants[count++] = stem;
      }
    }
    int[] sorted = Arrays.copyOf(variants, count);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Forms and stems numbered for the whole survey. */
  private static final class Numbering {
    final SearchStems stemmer;
    final Map<String, Integer> formNumbers = new HashMap<>();
    final List<String> forms = new ArrayList<>();
    final Map<String, Integer> stemNumbers = new HashMap<>();
    final List<String> stems = new ArrayList<>();
    int[] stemOf = new int[1024];
    int[] uses = new int[1024];

    Numbering(TextAnalyzer analyzer) {
      this.stemmer = new SearchStems(analyzer);
    }

    int form(String word) {
      Integer known = formNumbers.get(word);
      if (known != null) {
        return known;
      }
      int form = forms.size();
      formNumbers.put(word, form);
      forms.add(word);
      if (form == stemOf.length) {
        stemOf = Arrays.copyOf(stemOf, form * 2);
        uses = Arrays.copyOf(uses, form * 2);
      }
      stemOf[form] = stemNumbers.computeIfAbsent(stemmer.of(word), s -> add(s));
      return form;
    }

    private int add(String stem) {
      stems.add(stem);
      return stems.size() - 1;
    }

    int[] uses() {
      return Arrays.copyOf(uses, forms.size());
    }
  }
}
