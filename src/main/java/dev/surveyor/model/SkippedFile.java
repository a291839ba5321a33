package dev.surveyor.model;

/** A file among the sources that is not read as one, and why; listed in the build report. */
public record SkippedFile(String file, String reason) {}
