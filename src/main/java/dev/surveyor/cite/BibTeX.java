package dev.surveyor.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes citations as BibTeX. Text fields are escaped so LaTeX prints them as the source had them:
 * the ten special characters become commands, braces become {@code \textbraceleft{}} and {@code
 * \textbraceright{}} (an escaped brace would still count for BibTeX's brace matching), and
 * everything else, Unicode included, stays as UTF-8. Titles are wrapped in a second pair of braces
 * so styles keep their capitals ("LLM", "LoRA"). Dashes and quotes are left to LaTeX's own
 * typography, as the listings copy arXiv titles that use it ("A -- B").
 */
public final class BibTeX {
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final Pattern AND = Pattern.compile("(?i)(^|\\s)and(\\s|$)");

  private BibTeX() {}

  /**
   * One entry, ending with a newline; a title-only entry is led by a comment saying so, which
   * BibTeX skips and a reader copying it sees (reader20: a bare title read as a finished entry).
   */
  public static String entry(Citation c) {
    return (c.titleOnly() ? stubComment(c) : "") + fields(c);
  }

  /** What a title-only entry lacks and where the paper can be looked up. */
  private static String stubComment(Citation c) {
    String from =
        c.listedBy().isEmpty()
            ? "its listing"
            : "its listing (" + c.listedBy().replace("{", "(").replace("}", ")") + ")";
    return "@comment{Title only: "
        + from.replace("@", " at ")
        + " gives no authors, year or link for the entry below. Look the paper up by its title"
        + " (dblp, Semantic Scholar) before citing it.}\n";
  }

  private static String fields(Citation c) {
    List<String[]> fields = new ArrayList<>();
    if (!c.authors().isEmpty()) {
      List<String> names = new ArrayList<>(c.authors().stream().map(BibTeX::name).toList());
      if (c.moreAuthors()) {
        names.add("others"); // BibTeX's own word for "et al."
      }
      fields.add(field("author", String.join(" and ", names)));
    }
    fields.add(field("title", "{" + text(c.title()) + "}"));
    if (c.venue() != null) {
      fields.add(field("journal", text(c.venue())));
    }
    if (c.year() != null) {
      fields.add(field("year", String.valueOf(c.year())));
    }
    if (c.month() != null) {
      fields.add(new String[] {"month", MONTHS[c.month() - 1]}); // a standard macro, unbraced
    }
    if (c.arxivId() != null) {
      fields.add(field("eprint", c.arxivId()));
      fields.add(field("archiveprefix", "arXiv"));
      fields.add(field("url", c.arxivAbsUrl()));
    } else if (c.paperUrl() != null) {
      fields.add(field("url", c.paperUrl())); // verbatim, as the url package reads it
    }
    // No author field rather than a wrong one, and no count of authors either: a count is not a
    // name, and a citation holds only what can be cited.
    if (c.pageUrl() != null) {
      fields.add(field("note", "Listed in " + text(c.surveyTitle()) + ": " + text(c.pageUrl())));
    }
    StringBuilder out = new StringBuilder();
    out.append('@').append(c.venue() == null ? "misc" : "article").append('{').append(c.key());
    for (String[] f : fields) {
      out.append(",\n  ").append(f[0]).append(" = ").append(f[1]);
    }
    return out.append("\n}\n").toString();
  }

  /** A whole file: a comment saying what it holds, then the entries, one blank line apart. */
  public static String file(String description, List<Citation> citations) {
    StringBuilder out = new StringBuilder();
    out.append("@comment{").append(description.replace("{", "(").replace("}", ")")).append("}\n");
    for (Citation c : citations) {
      out.append('\n').append(entry(c));
    }
    return out.toString();
  }

  /** Source text as BibTeX field content that LaTeX prints unchanged. */
  public static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{' -> out.append("\\textbraceleft{}");
        case '}' -> out.append("\\textbraceright{}");
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '%', '&', '#', '_', '$' -> out.append('\\').append(c);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A name; one containing the word "and" is braced so BibTeX does not split it. */
  private static String name(String name) {
    String escaped = text(name.strip());
    return AND.matcher(name).find() ? "{" + escaped + "}" : escaped;
  }

  private static String[] field(String name, String value) {
    return new String[] {name.toLowerCase(Locale.ROOT), "{" + value + "}"};
  }
}
