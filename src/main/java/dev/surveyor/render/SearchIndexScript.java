package dev.surveyor.render;

import dev.surveyor.json.Json;
import dev.surveyor.link.Urls;
import dev.surveyor.view.SearchIndex;
import java.io.IOException;
import java.io.OutputStream;
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

  private static final byte[] SUFFIX = ";\n".getBytes(StandardCharsets.US_ASCII);

  private SearchIndexScript() {}

  /**
   * Every file of the index: manifest, shards, fragments, abstracts, theme members, sub-topic
   * members and facets.
   */
  public static List<OutputFile> of(SearchIndex index) {
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < count(index); i++) {
      files.add(file(index, i));
    }
    return files;
  }

  /** How many files the index has: {@link #file} numbers them from 0, in {@link #of}'s order. */
  public static int count(SearchIndex index) {
    return 2
        + index.shards().size()
        + index.bundles().size()
        + index.abstracts().size()
        + index.members().size()
        + index.groupMembers().size();
  }

  /** The path of file {@code i}, known before its JSON is written. */
  public static String path(SearchIndex index, int i) {
    return i == 0 ? Urls.SEARCH_INDEX : Urls.SEARCH_FOLDER + name(index, i) + ".js";
  }

  /**
   * File {@code i} alone, so a build writes each on whichever core is free instead of all of them
   * first on one.
   */
  public static OutputFile file(SearchIndex index, int i) {
    return file(path(index, i), name(index, i), Json.compact(piece(index, i)));
  }

  /**
   * File {@code i}'s bytes, as {@link #file} makes them, written into {@code out} as they are made:
   * the JSON is not held as a string, copied into the script and encoded again.
   */
  public static void write(SearchIndex index, int i, OutputStream out) throws IOException {
    out.write(prefix(name(index, i)).getBytes(StandardCharsets.US_ASCII));
    Json.compact(piece(index, i), out);
    out.write(SUFFIX);
  }

  private static Object piece(SearchIndex index, int i) {
    int shards = index.shards().size();
    int bundles = index.bundles().size();
    int abstracts = index.abstracts().size();
    int themes = index.members().size();
    Object piece;
    if (i == 0) {
      piece = index.manifest();
    } else if (i <= shards) {
      piece = index.shards().get(i - 1);
    } else if (i <= shards + bundles) {
      piece = index.bundles().get(i - 1 - shards);
    } else if (i <= shards + bundles + abstracts) {
      piece = index.abstracts().get(i - 1 - shards - bundles);
    } else if (i <= shards + bundles + abstracts + themes) {
      piece = index.members().get(i - 1 - shards - bundles - abstracts);
    } else if (i <= shards + bundles + abstracts + themes + index.groupMembers().size()) {
      piece = index.groupMembers().get(i - 1 - shards - bundles - abstracts - themes);
    } else {
      piece = index.facets();
    }
    return piece;
  }

  private static String name(SearchIndex index, int i) {
    int shards = index.shards().size();
    int bundles = index.bundles().size();
    int abstracts = index.abstracts().size();
    int themes = index.members().size();
    if (i == 0) {
      return "index";
    } else if (i <= shards) {
      return shardName(index.shards().get(i - 1).key());
    } else if (i <= shards + bundles) {
      return "f-" + (i - 1 - shards);
    } else if (i <= shards + bundles + abstracts) {
      return "a-" + (i - 1 - shards - bundles);
    } else if (i <= shards + bundles + abstracts + themes) {
      return "t-" + (i - 1 - shards - bundles - abstracts); // the theme's place in the manifest
    } else if (i <= shards + bundles + abstracts + themes + index.groupMembers().size()) {
      return "g-" + (i - 1 - shards - bundles - abstracts - themes); // the group's place there
    }
    return "facets";
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
    String script = prefix(name) + json + ";\n";
    return new OutputFile(path, script.getBytes(StandardCharsets.UTF_8));
  }

  /** What comes before a piece's JSON: the name (ASCII) it is added to the global object as. */
  private static String prefix(String name) {
    return "(self." + GLOBAL + "||(self." + GLOBAL + "={}))[\"" + name + "\"]=";
  }
}
