package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown's strong emphasis in a real seed abstract is read as its words; look-alikes stay. */
class EmphasisMarksTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      textBlock =
          """
          we introduce **Med-R^3**, a **Med**ical **R**etrieval-augmented **R**easoning framework | we introduce Med-R^3, a Medical Retrieval-augmented Reasoning framework
          indicate that **Med-R^3** could achieve                                                 | indicate that Med-R^3 could achieve
          2**10 tokens and 3**4 steps                                                             | 2**10 tokens and 3**4 steps
          a ** loose ** pair                                                                      | a ** loose ** pair
          an unclosed **bold and no end                                                           | an unclosed **bold and no end
          """)
  void readsStrongEmphasisAsItsWords(String captured, String read) {
    assertEquals(read.strip(), EmphasisMarks.plain(captured.strip()));
  }

  @Test
  void textWithoutMarksIsReturnedAsItIs() {
    String text = "Most abstracts carry no Markdown at all.";
    assertSame(text, EmphasisMarks.plain(text));
  }
}
