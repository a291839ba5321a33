package dev.surveyor.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a capture took through a mirror, mapped back to the site they mirror when the mirror's
 * paths are the original's: "https://hf-mirror.492719920.workers.dev/nvidia/AceReason" is
 * "https://huggingface.co/nvidia/AceReason". A mirror or proxy host not listed here stays as
 * captured, and {@link Leftovers} lists it for the curator.
 */
public final class MirrorHosts {
  /** A mirror's host name, and the host whose paths it serves unchanged. */
  private record Mirror(Pattern host, String original) {}

  private static final List<Mirror> MIRRORS =
      List.of(
          // hf-mirror.com and its copies serve Hugging Face's repository paths as they are
          new Mirror(Pattern.compile("(?i)hf-mirror(?:\\.[a-z0-9-]+)+"), "huggingface.co"),
          // "hf-2025.pages.dev/fineinstructions": a Cloudflare Pages proxy named for Hugging Face,
          // serving its account and repository paths
          new Mirror(Pattern.compile("(?i)hf-[0-9]+\\.pages\\.dev"), "huggingface.co"));

  private static final Pattern URL = Pattern.compile("(?i)^(https?://)([^/?#\\s]+)(.*)$");

  private MirrorHosts() {}

  /** The link on the original host, when {@code url} goes through a known mirror. */
  public static Optional<String> original(String url) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (Mirror mirror : MIRRORS) {
      if (mirror.host().matcher(m.group(2)).matches()) {
        return Optional.of("https://" + mirror.original() + m.group(3));
      }
    }
    return Optional.empty();
  }
}
