package dev.surveyor.analyze;

import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * The terms a reader would use for a group of papers, from the single words that set the group
 * apart ({@link Centroids#distinctive}). A word the group mostly writes inside one phrase is shown
 * as that phrase, spelled as the papers spell it ("thought" and "chain" as "chain-of-thought",
 * "open" as "open-source"). A term is shown only when the group owns it: well over its share of the
 * survey's papers that write it are in the group ("LoRA" in PEFT, "overthinking"), which a common
 * word ("order", "cost", "space") or phrase ("downstream tasks") never is; a word that mostly
 * modifies the next ("self-", "small") names nothing alone. One name per entity ("RL" or
 * "reinforcement learning", not both). A term must also say more than the group's own name and rest
 * on enough papers ({@link #saysMore}, {@link #supported}): "instruction tuning" on Instruction
 * tuning, "reasoning tasks" on Reasoning, "desired behaviors" written by two papers of nine are
 * noise (review 5, section 3). Too few terms left, none are shown.
 */
final class ReaderTerms {
  /** Papers read per group: a phrase worth showing is common, so a sample finds it. */
  private static final int SAMPLE = 400;

  /** The share of a word's uses a phrase must hold to stand for the word. */
  private static final double DOMINANT = 0.5;

  /** The share of a phrase's uses a longer phrase must hold to replace it. */
  private static final double WIDER = 0.7;

  /** The longest phrase, in words. */
  private static final int LONGEST = 4;

  /** The share of a word's uses joined to the next word above which it modifies, not names. */
  private static final double MODIFIER = 0.6;

  /**
   * The share of the survey's papers using a word that the group must hold to own it, at least: a
   * group of half the survey holds half of any word by chance, so it must hold more (halfway from
   * its share to all).
   */
  private static final double OWN = 0.5;

  /** A word in more of the survey's papers than this share says nothing alone ("tasks", "set"). */
  private static final double COMMON = 0.2;

  /** The fewest papers of a group, and the least share of it, that must write a term shown. */
  private static final int SUPPORT = 3;

  private static final double SUPPORT_SHARE = 0.1;

  /** Letters two long words share at their start to be taken as one word's variants. */
  private static final int VARIANT = 7;

  /** The longest word joined by a hyphen to a phrase's start and kept with it ("in-", "on-"). */
  private static final int SHORT_WORD = 4;

  private final TextAnalyzer analyzer;
  private final TermVectors vectors;
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, String> entityOf = new HashMap<>();

  /** The papers whose texts phrases are counted in, to see whether a group owns a phrase. */
  private static final int BACKGROUND = 4000;

  private final List<String> background = new ArrayList<>();

  /**
   * Per word, the background texts (ascending) that hold it: a phrase of two words or more is
   * looked for only in those holding its first word, not in every background text.
   */
  private final Map<String, int[]> backgroundWith = new HashMap<>();

  /**
   * The analysed title and abstract of each background paper, made when a group first reads it: a
   * paper is read by its theme's group and again by its sub-topic's. At most 4,000 papers of some
   * 150 words kept, about 40 MB, and only while the terms are found.
   */
  private final AtomicReferenceArray<Analysed> analysed;

  /**
   * Per phrase looked up, the background texts that hold it: groups ask for the same phrases, and a
   * group's sample papers among the background are counted from it, not searched again.
   */
  private final Map<String, BitSet> holding = new ConcurrentHashMap<>();

  private final int surveySize;

  ReaderTerms(
      TextAnalyzer analyzer, TermVectors vectors, List<Entity> entities, List<Paper> papers) {
    this.analyzer = analyzer;
    this.vectors = vectors;
    this.surveySize = papers.size();
    this.analysed = new AtomicReferenceArray<>(Math.min(BACKGROUND, papers.size()));
    // the first papers stand for the survey, so a large survey is not read again in full
    papers.stream().limit(BACKGROUND).forEach(p -> background.add(plain(p)));
    indexBackground();
    for (int t = 0; t < vectors.dimensions(); t++) {
      ids.put(vectors.term(t), t);
    }
    for (Entity entity : entities) {
      entityOf.putIfAbsent(key(entity.name()), entity.slug());
      entityOf.putIfAbsent(key(entity.shortName()), entity.slug());
      entity.aliases().forEach(alias -> entityOf.putIfAbsent(key(alias), entity.slug()));
    }
  }

  /**
   * Up to {@code limit} reader terms for the papers {@code group} (indices into the vectors'
   * papers), from its distinctive {@code words} (best first, as readers spell them), each saying
   * more than the group's {@code names}; none when fewer than {@code fewest} are left.
   */
  List<String> of(
      List<String> words,
      List<Integer> group,
      List<Paper> papers,
      List<String> names,
      int limit,
      int fewest) {
    Set<String> nameStems = nameStems(names);
    Map<String, String> wanted = new LinkedHashMap<>(); // stem to the word as spelled
    for (String word : words) {
      wanted.putIfAbsent(analyzer.stem(word.toLowerCase(Locale.ROOT)), word);
    }
    Uses uses = new Uses(wanted.keySet());
    List<Integer> sample = group.subList(0, Math.min(SAMPLE, group.size()));
    for (int p : sample) {
      Paper paper = papers.get(p);
      Analysed text = analysed(p, paper);
      uses.read(paper.title(), text.title());
      uses.read(paper.abstractText(), text.abstractText());
    }
    int needed = Math.max(2, (int) Math.ceil(sample.size() / 10.0));
    Map<String, Integer> inGroup = presence(wanted.keySet(), group);
    List<String> sampleTexts = new ArrayList<>(); // made when the first phrase is looked up
    List<String> terms = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    Set<String> named = new HashSet<>();
    List<List<String>> shown = new ArrayList<>();
    for (Map.Entry<String, String> entry : wanted.entrySet()) {
      String stem = entry.getKey();
      String word = entry.getValue();
      if (terms.size() == limit) {
        break;
      }
      if (covered.contains(stem)) {
        continue;
      }
      boolean modifier = uses.modifies(stem) && word.equals(word.toLowerCase(Locale.ROOT));
      Phrase phrase = uses.phraseOf(stem, needed, DOMINANT);
      if (phrase == null && modifier) {
        // "instruction" mostly modifies ("instruction tuning", "instruction data"): its commonest
        phrase = uses.phraseOf(stem, needed, 0);
      }
      if (phrase != null && !contains(phrase.surface(), word)) {
        phrase = null; // a stem's other word: "generation" is not in "general instruction"
      }
      String term;
      List<String> stems;
      if (phrase != null && lowercase(phrase.surface()) && uses.modifies(phrase.stems())) {
        continue; // "human-like", "human-written": they describe what follows and name nothing
      }
      if (phrase != null
          && ownsPhrase(phrase.surface(), sampleTexts, sample, papers, group.size())) {
        term = phrase.surface();
        stems = phrase.stems();
      } else if (!modifier && owns(stem, inGroup, group.size())) {
        term = word;
        stems = List.of(stem);
      } else {
        continue; // "downstream tasks", "cost", "small": true of every theme, or of nothing
      }
      if (!saysMore(term, nameStems)
          || !supported(term, sampleTexts, sample, papers, group.size())) {
        continue;
      }
      String entity = entityOf.get(key(term));
      // words all shown already, a term shown inside it, or an entity shown under another name
      // add nothing
      if (covered.containsAll(stems)
          || shown.stream().anyMatch(stems::containsAll)
          || entity != null && !named.add(entity)) {
        continue; // "PEFT techniques" after "PEFT"
      }
      shown.add(stems);
      covered.addAll(stems);
      terms.add(term);
    }
    return terms.size() < fewest ? List.of() : List.copyOf(terms);
  }

  /** A paper's title and abstract as the analyser splits them. */
  private record Analysed(List<Token> title, List<Token> abstractText) {}

  /** Paper {@code p}'s analysed text, kept for a background paper: another group may read it. */
  private Analysed analysed(int p, Paper paper) {
    Analysed kept = p < analysed.length() ? analysed.get(p) : null;
    if (kept != null) {
      return kept;
    }
    Analysed made =
        new Analysed(analyzer.tokens(paper.title()), analyzer.tokens(paper.abstractText()));
    if (p < analysed.length()) {
      analysed.set(p, made); // two groups making it at once make the same
    }
    return made;
  }

  /**
   * The stems of the names' words, of each two neighbours joined ("fine-tuning"), and each word's
   * first {@link #VARIANT} letters ("curricul" for "curricula" and "curriculum").
   */
  private Set<String> nameStems(List<String> names) {
    Set<String> stems = new HashSet<>();
    for (String name : names) {
      String[] words = plain(name).split(" ");
      for (int i = 0; i < words.length; i++) {
        stems.add(analyzer.stem(words[i]));
        if (words[i].length() > VARIANT) {
          stems.add(variant(words[i]));
        }
        if (i + 1 < words.length) {
          stems.add(analyzer.stem(words[i] + words[i + 1]));
        }
      }
    }
    return stems;
  }

  /** A long word's first letters, which its variants share (marked apart from stems). */
  private static String variant(String word) {
    return "~" + word.substring(0, VARIANT);
  }

  /**
   * Whether one of the term's words is neither a word of the group's names nor one written by more
   * than {@link #COMMON} of the survey's papers: "reasoning tasks" on Reasoning says nothing more
   * than the theme's name, "chain-of-thought" does.
   */
  private boolean saysMore(String term, Set<String> nameStems) {
    for (String word : plain(term).split(" ")) {
      String stem = analyzer.stem(word);
      Integer id = ids.get(stem);
      if (id != null
          && !nameStems.contains(stem)
          && !(word.length() > VARIANT && nameStems.contains(variant(word)))
          && vectors.documentFrequency(id) <= COMMON * vectors.papers()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at least {@link #SUPPORT} papers, and {@link #SUPPORT_SHARE} of the group, write it.
   */
  private boolean supported(
      String term, List<String> sampleTexts, List<Integer> sample, List<Paper> papers, int size) {
    String wanted = " " + plain(term);
    // a phrase's background texts are known (ownsPhrase); a single word's are not looked up
    long count = inSample(wanted, holding.get(wanted), sampleTexts, sample, papers);
    double estimated = count * (double) size / sample.size();
    return estimated >= Math.max(SUPPORT, SUPPORT_SHARE * size);
  }

  private boolean owns(String stem, Map<String, Integer> inGroup, int size) {
    Integer id = ids.get(stem);
    return id != null
        && inGroup.getOrDefault(stem, 0) >= needed(size) * vectors.documentFrequency(id);
  }

  /** Whether most of the survey's papers writing the phrase are in the group, as for words. */
  private boolean ownsPhrase(
      String phrase, List<String> sampleTexts, List<Integer> sample, List<Paper> papers, int size) {
    String wanted = " " + plain(phrase); // "model" finds "models" too
    BitSet holders = holding.computeIfAbsent(wanted, this::holders);
    double inGroup =
        inSample(wanted, holders, sampleTexts, sample, papers) / (double) sample.size() * size;
    double inSurvey = holders.cardinality() / (double) background.size() * surveySize;
    return inGroup >= needed(size) * inSurvey;
  }

  /**
   * How many of the sample's texts hold {@code wanted}: a background paper's from {@code holders}
   * when known (its text is the background's), the rest searched.
   */
  private long inSample(
      String wanted,
      BitSet holders,
      List<String> sampleTexts,
      List<Integer> sample,
      List<Paper> papers) {
    List<String> texts = null; // made only when a paper's text must be searched
    long count = 0;
    for (int i = 0; i < sample.size(); i++) {
      int p = sample.get(i);
      if (holders != null && p < background.size()) {
        count += holders.get(p) ? 1 : 0;
      } else {
        texts = texts != null ? texts : texts(sampleTexts, sample, papers);
        count += texts.get(i).contains(wanted) ? 1 : 0;
      }
    }
    return count;
  }

  /** The background texts holding {@code wanted} (" " and words, the last maybe cut short). */
  private BitSet holders(String wanted) {
    BitSet holders = new BitSet(background.size());
    int space = wanted.indexOf(' ', 1);
    if (space < 0) {
      for (int t = 0; t < background.size(); t++) {
        holders.set(t, background.get(t).contains(wanted));
      }
      return holders;
    }
    // the text's words are one space apart, so each word but the last (maybe cut short) is one
    // of the text's words: only the texts holding the rarest of them are searched
    int[] texts = null;
    for (int from = 1; space > 0; from = space + 1, space = wanted.indexOf(' ', from)) {
      int[] with = backgroundWith.getOrDefault(wanted.substring(from, space), new int[0]);
      texts = texts == null || with.length < texts.length ? with : texts;
    }
    for (int t : texts) {
      holders.set(t, background.get(t).contains(wanted));
    }
    return holders;
  }

  private void indexBackground() {
    // the texts in growing arrays, not boxed lists: a survey's every word of every text
    Map<String, Texts> with = new HashMap<>();
    for (int t = 0; t < background.size(); t++) {
      for (String word : background.get(t).split(" ")) {
        with.computeIfAbsent(word, w -> new Texts()).add(t);
      }
    }
    with.forEach((word, texts) -> backgroundWith.put(word, texts.toArray()));
  }

  /** The ascending texts a word is in, each once. */
  private static final class Texts {
    private int[] texts = new int[4];
    private int size;

    void add(int text) {
      if (size > 0 && texts[size - 1] == text) {
        return; // once per text
      }
      if (size == texts.length) {
        texts = Arrays.copyOf(texts, 2 * size);
      }
      texts[size++] = text;
    }

    int[] toArray() {
      return Arrays.copyOf(texts, size);
    }
  }

  /** The sample's plain texts, made once per group: each is looked up for many phrases. */
  private List<String> texts(List<String> made, List<Integer> sample, List<Paper> papers) {
    if (made.isEmpty()) {
      sample.forEach(p -> made.add(plainText(p, papers)));
    }
    return made;
  }

  /**
   * The share of a word's or phrase's papers a group of {@code size} papers must hold to own it.
   */
  private double needed(int size) {
    return Math.max(OWN, (1 + (double) size / surveySize) / 2);
  }

  /** The plain text of paper {@code p}, made once: each is looked up for many phrases. */
  private String plainText(int p, List<Paper> papers) {
    return p < background.size() ? background.get(p) : plain(papers.get(p));
  }

  /** A paper's text as phrases are looked up in it: lowercase, words apart, hyphens as spaces. */
  private static String plain(Paper paper) {
    return " " + plain(paper.title() + " . " + paper.abstractText()) + " ";
  }

  /**
   * Lowercase, each run of all but letters and digits ({@code [^\\p{L}\\p{N}]+}) one space, none at
   * the ends: by hand, as thousands of texts are made so.
   */
  private static String plain(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder plain = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (!isWordChar(c)) {
        gap = true;
        continue;
      }
      if (gap && !plain.isEmpty()) {
        plain.append(' ');
      }
      gap = false;
      plain.appendCodePoint(c);
    }
    return plain.toString();
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) { // most of every text: its letters and digits, no table looked up
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** How many of the group's papers use each stem. */
  private Map<String, Integer> presence(Set<String> stems, List<Integer> group) {
    Map<Integer, String> wanted = new HashMap<>();
    for (String stem : stems) {
      Integer id = ids.get(stem);
      if (id != null) {
        wanted.put(id, stem);
      }
    }
    Map<String, Integer> count = new HashMap<>();
    for (int p : group) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        String stem = wanted.get(v.id(i));
        if (stem != null) {
          count.merge(stem, 1, Integer::sum);
        }
      }
    }
    return count;
  }

  private static boolean lowercase(String term) {
    return term.equals(term.toLowerCase(Locale.ROOT));
  }

  private static boolean contains(String phrase, String word) {
    return phrase.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
  }

  /** A name as matched against entities: lowercase, hyphens as spaces. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
  }

  /** A phrase of two to four words, and how it is most often written. */
  private record Phrase(List<String> stems, String surface) {}

  /** The uses of the wanted words in a group's texts, and the phrases around them. */
  private static final class Uses {
    private final Set<String> wanted;
    private final Map<String, Integer> count = new HashMap<>();
    private final Map<String, Integer> modifying = new HashMap<>();
    // per phrase, its uses written before another word that can name something ("human-like
    // reasoning"): a phrase mostly so written describes that word and names nothing alone
    private final Map<List<String>, Integer> phraseModifying = new HashMap<>();
    private final Map<List<String>, Integer> phraseCount = new HashMap<>();
    private final Map<List<String>, Papers> phrasePapers = new HashMap<>();
    private final Map<List<String>, Map<String, Integer>> spellings = new HashMap<>();
    private final Map<String, Papers> spelledIn = new HashMap<>(); // lowercase spelling
    private final Map<String, List<List<String>>> withStem = new HashMap<>();
    private int texts;

    Uses(Set<String> wanted) {
      this.wanted = wanted;
    }

    /**
     * How many papers a phrase or spelling is in: papers are read in order, so a paper counted last
     * is the only one that can come again (no set of them kept per phrase).
     */
    private static final class Papers {
      private int last = -1;
      private int count;

      void add(int paper) {
        if (paper != last) {
          last = paper;
          count++;
        }
      }
    }

    void read(String source, List<Token> tokens) {
      int paper = texts++ / 2; // a paper's title, then its abstract
      // whether each word can name something, told once per word: the windows around the wanted
      // words ask for the same few words again and again (0 not yet told, 1 yes, 2 no)
      byte[] nameable = new byte[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (!wanted.contains(tokens.get(i).term())) {
          continue;
        }
        count.merge(tokens.get(i).term(), 1, Integer::sum);
        if (i + 1 < tokens.size()
            && tight(source, tokens.get(i).end(), tokens.get(i + 1).start())) {
          modifying.merge(tokens.get(i).term(), 1, Integer::sum);
        }
        // every window of two to four joined words around the word
        for (int from = Math.max(0, i - LONGEST + 1); from <= i; from++) {
          for (int to = Math.max(i, from + 1);
              to < Math.min(from + LONGEST, tokens.size()) && joinedRun(source, tokens, from, to);
              to++) {
            if (!nameable(source, tokens, from, nameable)
                || !nameable(source, tokens, to, nameable)
                || cut(source, tokens.get(from), tokens.get(to))) {
              continue;
            }
            List<String> key = new ArrayList<>();
            for (int k = from; k <= to; k++) {
              key.add(tokens.get(k).term());
            }
            if (phraseCount.merge(key, 1, Integer::sum) == 1) {
              for (String stem : new HashSet<>(key)) {
                withStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(key);
              }
            }
            phrasePapers.computeIfAbsent(key, k -> new Papers()).add(paper);
            if (to + 1 < tokens.size()
                && tight(source, tokens.get(to).end(), tokens.get(to + 1).start())
                && nameable(source, tokens, to + 1, nameable)) {
              phraseModifying.merge(key, 1, Integer::sum);
            }
            String written =
                source.substring(start(source, tokens.get(from)), tokens.get(to).end());
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(written, 1, Integer::sum);
            spelledIn
                .computeIfAbsent(written.toLowerCase(Locale.ROOT), k -> new Papers())
                .add(paper);
          }
        }
      }
    }

    /**
     * The word's phrase: the two words holding {@code share} of its uses or more, widened while
     * longer ones hold most of theirs; null when none does.
     */
    Phrase phraseOf(String stem, int needed, double share) {
      int uses = count.getOrDefault(stem, 0);
      List<String> best = best(stem, k -> k.size() == 2, needed);
      if (best == null || phraseCount.get(best) < share * uses) {
        return null;
      }
      while (best.size() < LONGEST) {
        List<String> shorter = best;
        List<String> wider =
            best(
                stem,
                k ->
                    k.size() == shorter.size() + 1
                        && (k.subList(0, shorter.size()).equals(shorter)
                            || k.subList(1, k.size()).equals(shorter)),
                needed);
        if (wider == null || phraseCount.get(wider) < WIDER * phraseCount.get(shorter)) {
          break;
        }
        best = wider;
      }
      String surface = spelling(spellings.get(best));
      // the stems may join words the papers never write together ("generation" and
      // "generalization" are one stem): the phrase as shown must be written in enough papers
      return spelledIn.get(surface.toLowerCase(Locale.ROOT)).count < needed
          ? null
          : new Phrase(best, surface);
    }

    /**
     * Whether the phrase is mostly written before another word that names something, as an
     * adjective is ("human-like reasoning", "human-written instructions", "open-source models").
     */
    boolean modifies(List<String> phrase) {
      return phraseModifying.getOrDefault(phrase, 0)
          >= MODIFIER * phraseCount.getOrDefault(phrase, 0);
    }

    boolean modifies(String stem) {
      return modifying.getOrDefault(stem, 0) >= MODIFIER * count.getOrDefault(stem, 0);
    }

    private List<String> best(String stem, Predicate<List<String>> which, int needed) {
      return withStem.getOrDefault(stem, List.of()).stream()
          .filter(which)
          .filter(k -> phrasePapers.get(k).count >= needed)
          .max(
              Comparator.comparingInt((List<String> k) -> phraseCount.get(k))
                  .thenComparing(k -> String.join(" ", k), Comparator.reverseOrder()))
          .orElse(null);
    }

    /**
     * Where a phrase's spelling starts: with the stop word hyphened to its first word, which the
     * analyser dropped ("in-context learning", not "context learning").
     */
    private static int start(String source, Token first) {
      int hyphen = first.start() - 1;
      if (hyphen < 1 || source.charAt(hyphen) != '-') {
        return first.start();
      }
      int at = hyphen;
      while (at > 0 && Character.isLetter(source.charAt(at - 1)) && hyphen - at < SHORT_WORD) {
        at--;
      }
      boolean whole =
          at == 0 || !Character.isLetter(source.charAt(at - 1)) && source.charAt(at - 1) != '-';
      return at < hyphen && whole ? at : first.start();
    }

    /**
     * Whether a phrase would cut a hyphened word: "aware reward" of "difficulty-aware reward". A
     * short word before the hyphen is part of the phrase ({@link #start}).
     */
    private static boolean cut(String source, Token first, Token last) {
      int at = start(source, first);
      boolean before =
          at >= 2
              && source.charAt(at - 1) == '-'
              && Character.isLetterOrDigit(source.charAt(at - 2));
      int end = last.end();
      boolean after =
          end + 1 < source.length()
              && source.charAt(end) == '-'
              && Character.isLetterOrDigit(source.charAt(end + 1));
      return before || after;
    }

    /** A phrase starts and ends on a word that can name something: not "from", "including". */
    private static boolean nameable(String source, List<Token> tokens, int i, byte[] told) {
      if (told[i] == 0) {
        Token token = tokens.get(i);
        told[i] = LabelWords.nameable(source.substring(token.start(), token.end())) ? (byte) 1 : 2;
      }
      return told[i] == 1;
    }

    private static boolean joinedRun(String source, List<Token> tokens, int from, int to) {
      for (int k = from; k < to; k++) {
        if (!joined(source, tokens.get(k).end(), tokens.get(k + 1).start())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the gap {@code [from, to)} between two words joins them in a phrase: a space, a
     * hyphen, "-of-" or " of ". Checked by hand, as it is asked for every window around a word.
     */
    private static boolean joined(String source, int from, int to) {
      return tight(source, from, to)
          || to - from == 4
              && spaceOrHyphen(source.charAt(from))
              && source.startsWith("of", from + 1)
              && spaceOrHyphen(source.charAt(from + 3));
    }

    /** Whether the gap is one space or hyphen: the next word is modified ("small models"). */
    private static boolean tight(String source, int from, int to) {
      return to - from == 1 && spaceOrHyphen(source.charAt(from));
    }

    private static boolean spaceOrHyphen(char c) {
      return c == ' ' || c == '-';
    }

    /**
     * How the phrase is written: in lowercase where the papers write it so (a title's capitals are
     * not its spelling), else as most often written ("LoRA fine-tuning").
     */
    private static String spelling(Map<String, Integer> written) {
      Comparator<Map.Entry<String, Integer>> often =
          Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));
      Map<String, Integer> folded = new HashMap<>();
      written.forEach((s, n) -> folded.merge(s.toLowerCase(Locale.ROOT), n, Integer::sum));
      String lower = folded.entrySet().stream().max(often).orElseThrow().getKey();
      if (written.containsKey(lower)) {
        return lower;
      }
      return written.entrySet().stream()
          .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lower))
          .max(often)
          .orElseThrow()
          .getKey();
    }
  }
}
