package dev.surveyor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.model.Content;
import dev.surveyor.model.Theme;
import dev.surveyor.support.MiniSite;
import dev.surveyor.view.ViewMemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build takes from the last good one, on a copy of the real content: all of it when nothing
 * changed, the unchanged files' parts and the analysis when a theme's introduction was edited.
 */
class ReuseTest {
  @TempDir Path dir;
  private BuildOptions options;
  private MiniSite copy;

  @BeforeEach
  void copyContent() {
    copy = MiniSite.realCopy(dir);
    options = new BuildOptions(copy.content(), copy.templates(), copy.out(), null);
  }

  private Reuse built(Reuse reuse, Reuse.Inputs inputs, Content content) {
    Site.Loaded loaded =
        reuse.load(
            reuse.plan(content, inputs),
            content,
            Site.Ingest.FRESH,
            new Diagnostics(),
            Stopwatch.unread());
    return Reuse.after(content, inputs, loaded, ViewMemo.NONE);
  }

  @Test
  void theFirstBuildDoesEverything() throws Exception {
    Reuse.Inputs inputs = Reuse.NONE.inputs(options);
    Content content = Reuse.NONE.read(options, inputs, new Diagnostics());
    RebuildPlan plan = Reuse.NONE.plan(content, inputs);
    assertTrue(plan.analyse() && plan.allPages());
    assertEquals("first build", plan.reason());
    assertSame(ViewMemo.NONE, Reuse.NONE.views());
  }

  @Test
  void anUnchangedFolderGivesTheSameContentAndNothingToDo() throws Exception {
    Reuse.Inputs inputs = Reuse.NONE.inputs(options);
    Content content = Reuse.NONE.read(options, inputs, new Diagnostics());
    Reuse reuse = built(Reuse.NONE, inputs, content);
    Reuse.Inputs again = reuse.inputs(options);
    assertSame(content, reuse.read(options, again, new Diagnostics()));
    assertTrue(reuse.plan(content, again).isEmpty());
  }

  @Test
  void anEditedIntroductionKeepsTheAnalysisAndTheOtherFilesParts() throws Exception {
    Reuse.Inputs inputs = Reuse.NONE.inputs(options);
    Content content = Reuse.NONE.read(options, inputs, new Diagnostics());
    Reuse reuse = built(Reuse.NONE, inputs, content);
    Theme first = content.themes().get(0);
    Path file = copy.content().resolve(first.intro().start().file());
    Files.writeString(file, Files.readString(file) + "\nOne more sentence.\n");
    Reuse.Inputs now = reuse.inputs(options);
    Content edited = reuse.read(options, now, new Diagnostics());
    RebuildPlan plan = reuse.plan(edited, now);
    assertEquals(Set.of("themes/" + first.slug() + ".html"), plan.pages());
    // The readers took the unchanged files' parts, the edited theme's rules too.
    assertSame(content.entities(), edited.entities());
    assertSame(content.themes().get(1), edited.themes().get(1));
    assertSame(first.rules(), edited.themes().get(0).rules());
    assertNotSame(first.intro(), edited.themes().get(0).intro());
    Site.Loaded loaded =
        reuse.load(plan, edited, (c, d) -> null, new Diagnostics(), Stopwatch.unread());
    assertSame(reuse.loaded().corpus(), loaded.corpus()); // not ingested again
    assertEquals(edited.themes(), loaded.survey().themes());
  }
}
