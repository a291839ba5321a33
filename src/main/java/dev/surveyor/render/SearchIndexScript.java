package dev.surveyor.render;

import dev.surveyor.json.Json;
import dev.surveyor.link.Urls;
import dev.surveyor.view.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index as script files, each adding one named piece to one global object. Scripts, not
 * JSON files fetched at run time, because browsers refuse {@code fetch} on {@code file://}: this
 * way search works from disk. The page loads the manifest with itself and each other piece when a
 * query needs it.
 */
public final class SearchIndexScript {
  /** The global object the pieces are added to, by name. */
  public static final String GLOBAL = "SURVEYOR_SEARCH";

  private SearchIndexScript() {}

  /** Every file of the index: manifest, shards, fragments and facets. */
  public static List<OutputFile> of(SearchIndex index) {
    List<OutputFile> files = new ArrayList<>();
    files.add(file(Urls.SEARCH_INDEX, "index", Json.compact(index.manifest())));
    for (SearchIndex.Shard shard : index.shards()) {
      String name = shardName(shard.key());
      files.add(file(Urls.SEARCH_FOLDER + name + ".js", name, Json.compact(shard)));
    }
    for (int i = 0; i < index.bundles().size(); i++) {
      String name = "f-" + i;
      files.add(
          file(Urls.SEARCH_FOLDER + name + ".js", name, Json.compact(index.bundles().get(i))));
    }
    files.add(file(Urls.SEARCH_FOLDER + "facets.js", "facets", Json.compact(index.facets())));
    return files;
  }

  /**
   * A shard's name: "s-" and its key, letters and digits as they are, any other character as "_"
   * and four hex digits (as {@code shardName} in search-core.js).
   */
  public static String shardName(String key) {
    StringBuilder name = new StringBuilder("s-");
    for (char c : key.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        name.append(c);
      } else {
        name.append('_').append(String.format("%04x", (int) c));
      }
    }
    return name.toString();
  }

  private static OutputFile file(String path, String name, String json) {
    String script =
        "(self." + GLOBAL + "||(self." + GLOBAL + "={}))[\"" + name + "\"]=" + json + ";\n";
    return new OutputFile(path, script.getBytes(StandardCharsets.UTF_8));
  }
}
