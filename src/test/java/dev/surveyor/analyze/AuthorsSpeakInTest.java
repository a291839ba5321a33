package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SummaryVoice#authorsSpeakIn} reads the first person by hand: it must say what its pattern
 * ({@link SummaryVoice#AUTHORS}) finds, on the real survey's text and on random texts made of the
 * words and the characters around them where a word boundary could be read otherwise.
 */
class AuthorsSpeakInTest {
  @Test
  void saysWhatThePatternFindsOnTheRealSurvey() throws Exception {
    List<Paper> papers = Site.load(Repo.content(), null, new Diagnostics()).corpus().papers();
    int speaking = 0;
    int texts = 0;
    for (Paper paper : papers) {
      for (String text : Sentences.of(paper.abstractText(), 1000)) {
        boolean found = SummaryVoice.AUTHORS.matcher(text).find();
        assertEquals(found, SummaryVoice.authorsSpeakIn(text), text);
        speaking += found ? 1 : 0;
        texts++;
      }
      String title = paper.title();
      assertEquals(
          SummaryVoice.AUTHORS.matcher(title).find(), SummaryVoice.authorsSpeakIn(title), title);
    }
    assertTrue(speaking > 500 && speaking < texts, speaking + " of " + texts);
  }

  @Test
  void saysWhatThePatternFindsOnRandomTexts() {
    String[] pieces = {
      "we",
      "We",
      "WE",
      "our",
      "Our",
      "OUR",
      "us",
      "Us",
      "ou",
      "u",
      "w",
      "e",
      "s",
      "r",
      " ",
      ",",
      "_",
      "1",
      "x",
      "é",
      "\u0301",
      "\u00a0",
      "\ud835\udc00",
      "-",
      "'",
      "ü",
      "ß",
      "\u2019"
    };
    Random random = new Random(21);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertEquals(SummaryVoice.AUTHORS.matcher(t).find(), SummaryVoice.authorsSpeakIn(t), t);
    }
  }
}
