package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturedFactsTest {
  private static Occurrence record(
      Integer authors, String organization, boolean dated, Integer up) {
    ListingDate date = dated ? new ListingDate("Mar 4, 2024", 3, 4, 2024, true) : null;
    return new Occurrence(
        new Provenance("sources/x.txt", 3), 5, "T", "A", authors, organization, date, up);
  }

  @Test
  void aTitleAndAbstractAloneSayWhatIsMissing() {
    assertEquals(
        "The capture gives its title and abstract; not its date, its authors or a link to the"
            + " paper's own page there.",
        CapturedFacts.sentence(List.of(record(null, null, false, null))));
  }

  @Test
  void aCountIsGivenAsACountAndTheNamesAsMissing() {
    assertEquals(
        "The capture gives its title, abstract, date, number of authors (9) and upvotes (2); not"
            + " the authors' names or a link to the paper's own page there.",
        CapturedFacts.sentence(List.of(record(null, null, false, null), record(9, null, true, 2))));
  }

  @Test
  void anOrganizationInPlaceOfTheCount() {
    assertEquals(
        "The capture gives its title, abstract, date and organization; not the authors' names or"
            + " a link to the paper's own page there.",
        CapturedFacts.sentence(List.of(record(null, "Qualcomm", true, null))));
  }
}
