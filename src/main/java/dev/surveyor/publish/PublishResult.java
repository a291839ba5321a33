package dev.surveyor.publish;

/** What a publish did: files produced, of which written (changed or new), and stale removed. */
public record PublishResult(int produced, int written, int removed) {}
