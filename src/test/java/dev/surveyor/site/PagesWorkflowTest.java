package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub Pages workflow is valid YAML that builds as the README says and deploys site/. */
class PagesWorkflowTest {
  @Test
  void buildsWithTheReadmeCommandAndDeploysTheSite() throws Exception {
    JsonNode workflow =
        new ObjectMapper(new YAMLFactory())
            .readTree(Repo.root().resolve(".github/workflows/pages.yml").toFile());
    List<String> runs = new ArrayList<>();
    List<String> uses = new ArrayList<>();
    workflow
        .get("jobs")
        .forEach(
            job ->
                job.get("steps")
                    .forEach(
                        step -> {
                          if (step.has("run")) {
                            runs.add(step.get("run").asText());
                          }
                          if (step.has("uses")) {
                            uses.add(step.get("uses").asText().replaceAll("@.*", ""));
                          }
                        }));
    String readme = Files.readString(Repo.root().resolve("README.md"));
    assertTrue(readme.contains("./surveyor build "), "the README's build command");
    assertEquals(List.of("./surveyor build --check-links --base-url \"$BASE_URL\""), runs);
    assertTrue(
        uses.containsAll(
            List.of(
                "actions/checkout",
                "actions/setup-java",
                "actions/configure-pages",
                "actions/upload-pages-artifact",
                "actions/deploy-pages")),
        uses.toString());
    workflow
        .get("jobs")
        .get("build")
        .get("steps")
        .forEach(
            step -> {
              if (step.path("uses").asText().startsWith("actions/upload-pages-artifact")) {
                assertEquals("site", step.at("/with/path").asText());
              }
            });
    assertEquals("write", workflow.at("/permissions/pages").asText());
    assertEquals("write", workflow.at("/permissions/id-token").asText());
  }
}
