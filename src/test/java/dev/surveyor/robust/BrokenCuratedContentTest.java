package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A curator's mistakes stop the build through the CLI with exit 1, a {@code file:line:col}
 * diagnostic showing the offending line with a caret, and the previous site byte for byte as it
 * was. Each case breaks one file of a site that built, then puts the file back.
 */
class BrokenCuratedContentTest {
  private static final String PEFT =
      "---\nname: PEFT\norder: 1\nrules:\n  cues:\n    adapters: 1\n---\nIntro.\n";

  @TempDir static Path dir;
  private static MiniSite mini;
  private static SortedMap<String, String> built;

  @BeforeAll
  static void buildOnce() {
    mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Curated\nlisting_year: 2025\n---\nIntro.\n")
            .file("themes/peft.md", PEFT)
            .file("papers/lora-for-everyone.md", "---\nadd_themes: [peft]\n---\nA note.\n")
            .file("sources/listing.txt", "LoRA for Everyone\n" + BrokenFilesTest.ABSTRACT + "\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    built = MiniSite.snapshot(mini.out());
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "invalid YAML (a tab)",
            "themes/peft.md",
            "---\nname: PEFT\n\torder: 1\n---\n",
            "themes/peft.md:3:1: error: invalid YAML: found character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation)",
            1),
        Arguments.of(
            "a value of the wrong type",
            "themes/peft.md",
            "---\nname: PEFT\norder: first\n---\n",
            "themes/peft.md:3:8: error: invalid front matter: 'order' must be a whole number",
            8),
        Arguments.of(
            "front matter never closed",
            "themes/peft.md",
            "---\nname: PEFT\n",
            "themes/peft.md:1:1: error: front matter opened with '---' is never closed",
            1),
        Arguments.of(
            "an unknown key",
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  treshold: 3\n---\n",
            "themes/peft.md:4:3: error: unknown key 'treshold' (known: …",
            3),
        Arguments.of(
            "a paired cue without its other side",
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  paired_cues:\n    - phrases: [prompt]\n      weight: 3\n---\n",
            "themes/peft.md:1: error: each paired cue needs phrases, with (phrases) and a weight",
            0),
        Arguments.of(
            "a forms_only word no cue has",
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  forms_only: [adapters, frozen]\n  cues:\n    adapters: 1\n---\n",
            "themes/peft.md:4:26: error: forms_only word 'frozen' is in none of the theme's cues",
            26),
        Arguments.of(
            "a forms_only phrase, not a word",
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  cues:\n    adapters: 1\n  forms_only:\n    - adapter layers\n---\n",
            "themes/peft.md:7:7: error: forms_only takes single words (a cue's word that counts only in"
                + " its own forms), not 'adapter layers'",
            7),
        Arguments.of(
            "a key given twice",
            "themes/peft.md",
            "---\nname: PEFT\norder: 1\nname: Again\n---\n",
            "themes/peft.md:4:1: error: key 'name' appears twice; keep one",
            1),
        Arguments.of(
            "a theme slug added twice",
            "papers/lora-for-everyone.md",
            "---\nadd_themes: [peft, peft]\n---\n",
            "papers/lora-for-everyone.md:2:20: error: theme 'peft' is named twice in add_themes",
            20),
        Arguments.of(
            "a theme slug both added and removed",
            "papers/lora-for-everyone.md",
            "---\nadd_themes: [peft]\nremove_themes:\n  - peft\n---\n",
            "papers/lora-for-everyone.md:4:5: error: theme 'peft' is both added and removed",
            5),
        Arguments.of(
            "an override naming a missing theme",
            "papers/lora-for-everyone.md",
            "---\nremove_themes: [pefty]\n---\n",
            "papers/lora-for-everyone.md:2:17: error: no theme has the slug 'pefty' (themes: peft)",
            17),
        Arguments.of(
            "a verdict naming a missing theme",
            "papers/lora-for-everyone.md",
            "---\nthemes: [peft, reasoning]\n---\n",
            "papers/lora-for-everyone.md:2:16: error: no theme has the slug 'reasoning' (themes:"
                + " peft)",
            16),
        Arguments.of(
            "a verdict beside add_themes",
            "papers/lora-for-everyone.md",
            "---\nthemes: [peft]\nadd_themes: [peft]\n---\n",
            "papers/lora-for-everyone.md:3:1: error: add_themes cannot stand beside themes, which"
                + " gives the paper's exact themes; keep one of the two",
            1),
        Arguments.of(
            "a verdict naming a missing paper",
            "papers/lora-for-everyon.md",
            "---\nthemes: []\n---\n",
            "papers/lora-for-everyon.md:1: error: no paper has the slug 'lora-for-everyon', which the"
                + " file name gives; did you mean 'lora-for-everyone'?",
            0),
        Arguments.of(
            "an override naming a missing paper",
            "papers/lora-for-everyon.md",
            "---\nadd_themes: [peft]\n---\n",
            "papers/lora-for-everyon.md:1: error: no paper has the slug 'lora-for-everyon', which the"
                + " file name gives; did you mean 'lora-for-everyone'?",
            0),
        Arguments.of(
            "a scope that is not 'outside'",
            "papers/lora-for-everyone.md",
            "---\nscope: inside\n---\nA reason.\n",
            "papers/lora-for-everyone.md:2:8: error: scope must be 'outside', the one value (a paper"
                + " the curator places outside the survey's scope), not 'inside'",
            8),
        Arguments.of(
            "a paper placed outside the scope without a reason",
            "papers/lora-for-everyone.md",
            "---\nscope: outside\n---\n",
            "papers/lora-for-everyone.md:2:8: error: scope: outside needs the curator's reason, in"
                + " one line, as the note's body",
            8),
        Arguments.of(
            "a paper placed outside the scope and in a theme",
            "papers/lora-for-everyone.md",
            "---\nscope: outside\nadd_themes: [peft]\n---\nNot about language models.\n",
            "papers/lora-for-everyone.md:3:1: error: add_themes cannot stand beside scope: outside,"
                + " which puts the paper in no theme",
            1),
        Arguments.of(
            "an empty list summary",
            "papers/lora-for-everyone.md",
            "---\nsummary: \"\"\n---\n",
            "papers/lora-for-everyone.md:2:10: error: summary is empty: give the paper's list summary"
                + " in one or two sentences, or remove the key to let the lists show the sentence"
                + " chosen from the abstract",
            10),
        Arguments.of(
            "a list summary without a value",
            "papers/lora-for-everyone.md",
            "---\nadd_themes: [peft]\nsummary:\n---\n",
            "papers/lora-for-everyone.md:3:9: error: summary is empty: give the paper's list summary"
                + " in one or two sentences, or remove the key to let the lists show the sentence"
                + " chosen from the abstract",
            9),
        Arguments.of(
            "a list summary over 60 words",
            "papers/lora-for-everyone.md",
            "---\nsummary: >-\n  LoRA for everyone "
                + "is a summary that goes on and on, ".repeat(7)
                + "\n  "
                + "and on ".repeat(12)
                + "until it stops.\n---\n",
            "papers/lora-for-everyone.md:2:10: error: summary has 86 words; a list summary is one or"
                + " two sentences, at most 60 words",
            10),
        Arguments.of(
            "an unknown key in other.md",
            "other.md",
            "---\ndigest: Papers in no theme.\nintro: Hello.\n---\nThe introduction.\n",
            "other.md:3:1: error: unknown key 'intro' (known: …",
            1),
        Arguments.of(
            "a broken internal link in other.md",
            "other.md",
            "---\ndigest: Papers in no theme.\n---\nThe introduction.\n\nSee [x](paper:nope).\n",
            "other.md:6:5: error: broken link 'paper:nope': no such paper",
            5),
        Arguments.of(
            "a broken internal link",
            "themes/peft.md",
            PEFT.replace("Intro.", "See [x](paper:nope)."),
            "themes/peft.md:8:5: error: broken link 'paper:nope': no such paper",
            5),
        Arguments.of(
            "a template referring to nothing",
            "../templates/paper.ftlh",
            "${page.nope}",
            "templates/paper.ftlh:{h1}:{col}: error: The following has evaluated to null or missing:"
                + " page.nope (while rendering papers/lora-for-everyone.html)",
            3),
        Arguments.of(
            "a template syntax error",
            "../templates/paper.ftlh",
            "<#if page.title>",
            "templates/paper.ftlh:{end}:1: error: Encountered \"</@layout.shell>\", but at this place only"
                + " this can be closed: \"#if\". This usually because of wrong nesting of FreeMarker"
                + " directives, like a missed or malformed end-tag somewhere. (Note that FreeMarker"
                + " end-tags must have # or @ after the / character.)",
            1),
        // Even a harmless class, which Freemarker allows by default: templates instantiate nothing.
        Arguments.of(
            "a template instantiating a class",
            "../templates/paper.ftlh",
            "<#assign s = \"freemarker.template.SimpleScalar\"?new(\"x\")>${s}",
            "templates/paper.ftlh:{h1}:{col}: error: Instantiating freemarker.template.SimpleScalar is"
                + " not allowed in the template for security reasons. (while rendering"
                + " papers/lora-for-everyone.html)",
            1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void stopsWithALocatedDiagnosticAndLeavesTheSiteAlone(
      String name, String file, String text, String expected, int column) throws IOException {
    Path path = mini.content().resolve(file).normalize();
    byte[] original = Files.exists(path) ? Files.readAllBytes(path) : null;
    try {
      if (file.endsWith(".ftlh")) {
        // Insert before the page heading, leaving the rest of the template as it is. Where that
        // is comes from the template, which other work changes: columns count from its indent.
        String template = new String(original, java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(
            path, template.replaceFirst("<h1>", Matcher.quoteReplacement(text) + "<h1>"));
        List<String> lines = template.lines().toList();
        int h1 = 0;
        while (!lines.get(h1).contains("<h1>")) {
          h1++;
        }
        int indent = lines.get(h1).length() - lines.get(h1).stripLeading().length();
        column = expected.contains("{end}") ? column : indent + column;
        expected =
            expected
                .replace("{h1}", String.valueOf(h1 + 1))
                .replace("{col}", String.valueOf(column))
                .replace("{end}", String.valueOf(lines.lastIndexOf("</@layout.shell>") + 1));
      } else {
        Files.writeString(path, text);
      }
      Run run = Run.of(mini.buildArgs());
      assertEquals(1, run.exitCode(), run.err());
      String[] err = run.err().split("\n");
      if (expected.endsWith("…")) {
        assertTrue(err[0].startsWith(expected.substring(0, expected.length() - 1)), run.err());
      } else {
        assertEquals(expected, err[0], run.err());
      }
      if (column > 0) {
        String source = err[1].substring(2);
        assertTrue(
            err[1].startsWith("  ") && text.contains(source.strip()) || file.endsWith(".ftlh"),
            run.err());
        assertEquals("  " + " ".repeat(column - 1) + "^", err[2], run.err());
      }
      assertTrue(run.err().endsWith("was left unchanged\n"), run.err());
      assertEquals(built, MiniSite.snapshot(mini.out()), "the previous site is untouched");
      try (Stream<Path> siblings = Files.list(dir)) {
        assertEquals(
            0, siblings.filter(p -> p.getFileName().toString().contains("staging")).count());
      }
    } finally {
      if (original == null) {
        Files.delete(path);
      } else {
        Files.write(path, original);
      }
    }
  }
}
