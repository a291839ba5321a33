package dev.surveyor.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * Tokenises, lowercases, drops English stop words and stems (Porter), as Lucene's {@link
 * EnglishAnalyzer} does, so "fine-tuned", "Fine-Tuning" and "fine tuning" meet as one phrase.
 * Thread-safe: Lucene keeps one token stream per thread.
 */
public final class TextAnalyzer implements AutoCloseable {
  /**
   * Words Porter folds into a different, common word, so no rule could name them: "adapter" into
   * "adapt" (adaptive, adaptation), "progressive" into "progress" ("recent progress"), the AIME
   * benchmark into "aim".
   */
  static final Map<String, String> STEM_OVERRIDES =
      Map.of(
          "adapter", "adapter",
          "adapters", "adapter",
          "progressive", "progressive",
          "progressively", "progressive",
          "aime", "aime");

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** What the stem table holds for a stop word: compared by identity, never a token's term. */
  private static final String STOP = new String("(stop word)");

  private final Analyzer words = englishWords();
  private final Analyzer stemmer = porterStemmer();
  // Each distinct word is stemmed once and its stem shared: a large survey holds tens of
  // millions of tokens but only tens of thousands of words, so this keeps the stemmer's cost and
  // the analysed corpus's strings bounded by the vocabulary, not the text.
  private final Map<String, String> stems = new ConcurrentHashMap<>();
  private final Map<String, String> shared = new ConcurrentHashMap<>();
  // The same stems by the word's characters (a stop word's STOP), one table per thread (Lucene's
  // tables are not thread-safe): read for every token of every paper, so no string is made to
  // look one up.
  // Lucene's closable kind, as for its token streams: closing the analyser lets them all go.
  private final CloseableThreadLocal<CharArrayMap<String>> knownStems =
      new CloseableThreadLocal<>() {
        @Override
        protected CharArrayMap<String> initialValue() {
          return new CharArrayMap<>(1024, false);
        }
      };

  public List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    // Unicode word rules keep "Tuning:A" together (a colon joins letters in Swedish); a space
    // of the same length splits it and keeps every offset.
    try (TokenStream stream = words.tokenStream("text", text.replace(':', ' '))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      CharArrayMap<String> known = knownStems.get();
      while (stream.incrementToken()) {
        char[] buffer = term.buffer();
        int length = withoutPossessive(buffer, term.length());
        lowerCase(buffer, length);
        // the stem, or that it is a stop word, looked up in the token's own characters: no
        // string made for a known word
        String stem = known.get(buffer, 0, length);
        if (stem == null) {
          String word = new String(buffer, 0, length);
          stem = STOP_WORDS.contains(buffer, 0, length) ? STOP : stemOf(word);
          known.put(word, stem);
        }
        if (stem != STOP) {
          tokens.add(new Token(stem, offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in-memory text cannot fail", e);
    }
    return tokens;
  }

  /**
   * The token's length without a trailing "'s" (or "’s", "＇s"; "S" too), as Lucene's
   * EnglishPossessiveFilter cuts it, before lowercasing.
   */
  private static int withoutPossessive(char[] buffer, int length) {
    if (length >= 2
        && (buffer[length - 1] == 's' || buffer[length - 1] == 'S')
        && (buffer[length - 2] == '\''
            || buffer[length - 2] == '\u2019'
            || buffer[length - 2] == '\uFF07')) {
      return length - 2;
    }
    return length;
  }

  /**
   * Lowercased in place as Lucene's LowerCaseFilter does; an ASCII word (nearly all) without its
   * code-point loop.
   */
  private static void lowerCase(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= 0x80) {
        CharacterUtils.toLowerCase(buffer, 0, length);
        return;
      }
      if (c >= 'A' && c <= 'Z') {
        buffer[i] = (char) (c + ('a' - 'A'));
      }
    }
  }

  /** The stem of one lowercase word, as {@link #tokens} gives it (the word kept whole). */
  public String stem(String word) {
    return stemOf(word);
  }

  /** The stop words the analyser drops, sorted. */
  public static List<String> stopWords() {
    List<String> words = new ArrayList<>();
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return words;
  }

  /** The word's stem, one shared copy; a plain read first, as nearly every word is known. */
  private String stemOf(String word) {
    String stem = stems.get(word);
    return stem != null ? stem : stems.computeIfAbsent(word, this::porter);
  }

  /**
   * {@link #STEM_OVERRIDES} or Porter's stem, as Lucene's StemmerOverrideFilter before its Porter
   * filter gives: looked up here, where that filter's builder set up Lucene's memory estimator and,
   * through it, the JVM's management beans (about 20 ms of a cold build).
   */
  private String porter(String word) {
    String override = STEM_OVERRIDES.get(word);
    String stem = override != null ? override : porterStem(word);
    return shared.computeIfAbsent(stem, s -> s);
  }

  private String porterStem(String word) {
    try (TokenStream stream = stemmer.tokenStream("word", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory word cannot fail", e);
    }
  }

  /**
   * EnglishAnalyzer's words: its chain up to the stemmer (possessives dropped, lowercased, no stop
   * words) is applied by {@link #tokens} to each word in place, one step, not three filters.
   */
  private static Analyzer englishWords() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new StandardTokenizer());
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** The last step of EnglishAnalyzer's chain for one word: Porter's stemmer. */
  private static Analyzer porterStemmer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new PorterStemFilter(source));
      }
    };
  }

  /** The analysed terms of a phrase, as used to match it. */
  public List<String> terms(String phrase) {
    return tokens(phrase).stream().map(Token::term).toList();
  }

  @Override
  public void close() {
    words.close();
    stemmer.close();
    knownStems.close();
  }
}
