package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static List<String> terms(String text) {
    return ANALYZER.terms(text);
  }

  @Test
  void spellingsOfFineTuningMeet() {
    assertEquals(terms("fine-tuning"), terms("Fine tuned"));
    assertEquals(
        List.of("paramet", "effici", "fine", "tune"), terms("the parameter-efficient fine-tuning"));
  }

  @Test
  void adaptersAreNotAdaptation() {
    assertEquals(terms("adapter layers"), terms("Adapters layer"));
    assertNotEquals(terms("adapter"), terms("adaptation"));
    assertNotEquals(terms("adapters"), terms("adaptive"));
    assertEquals(terms("adapting"), terms("adaptation"));
  }

  @Test
  void progressiveTrainingIsNotProgress() {
    assertEquals(terms("progressive"), terms("progressively"));
    assertNotEquals(terms("progressive"), terms("recent progress"));
  }

  @Test
  void theAimeBenchmarkIsNotAnAim() {
    assertEquals(List.of("aime", "aim"), terms("AIME aims"));
  }

  @Test
  void offsetsPointAtTheOriginalWords() {
    String text = "Tuning:Adapters' weights";
    List<Token> tokens = ANALYZER.tokens(text);
    assertEquals(List.of("tune", "adapter", "weight"), tokens.stream().map(Token::term).toList());
    assertEquals("Adapters", text.substring(tokens.get(1).start(), tokens.get(1).end()));
  }

  /**
   * The words, offsets and stems are Lucene's EnglishAnalyzer chain's (possessive, lowercase, stop
   * words as its filters, then the stem of each word), which the analyser applies in place in one
   * step: on every title and abstract of the real survey, and on words that test each step
   * (possessives in three apostrophes and both cases, non-ASCII capitals, stop words in capitals).
   */
  @Test
  void wordsAreLuceneFilterChains() throws Exception {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "The Model's weights, the MODEL'S, the model’s and the model＇s; it's IT'S 's",
                "ÉCOLE Straße İstanbul ΣΟΦΙΑ Ǆemal ﬁne-tuning 𝐀𝐁𝐂 THE And Of AN",
                "Tuning:Adapters' weights, GPT-4o's 12.5% gains"));
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    for (Paper paper : ListingIngest.ingest(content, diagnostics).papers()) {
      texts.add(paper.title());
      texts.add(paper.abstractText());
    }
    try (Analyzer chain = luceneChain()) {
      for (String text : texts) {
        assertEquals(luceneTokens(chain, text), ANALYZER.tokens(text), text);
      }
    }
  }

  /**
   * A word's stem is what Lucene's StemmerOverrideFilter (with {@link TextAnalyzer#STEM_OVERRIDES})
   * and then its Porter filter give, as the analyser once ran them: on every word of the real
   * survey's titles and abstracts, and on the overridden words.
   */
  @Test
  void stemsAreLuceneOverridesThenPorter() throws Exception {
    Set<String> words = new TreeSet<>(TextAnalyzer.STEM_OVERRIDES.keySet());
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    try (Analyzer chain = luceneChain()) {
      for (Paper paper : ListingIngest.ingest(content, diagnostics).papers()) {
        for (String text : List.of(paper.title(), paper.abstractText())) {
          words.addAll(luceneTerms(chain, text));
        }
      }
    }
    assertTrue(words.size() > 5000, "words: " + words.size());
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    TextAnalyzer.STEM_OVERRIDES.forEach(builder::add);
    StemmerOverrideFilter.StemmerOverrideMap overrides = builder.build();
    try (Analyzer stemmer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream result = new StemmerOverrideFilter(source, overrides);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
          }
        }) {
      for (String word : words) {
        assertEquals(luceneTerms(stemmer, word), List.of(ANALYZER.stem(word)), word);
      }
    }
  }

  private static List<String> luceneTerms(Analyzer chain, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = chain.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static List<Token> luceneTokens(Analyzer chain, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = chain.tokenStream("text", text.replace(':', ' '))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            new Token(ANALYZER.stem(term.toString()), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  private static Analyzer luceneChain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, result);
      }
    };
  }
}
