package dev.surveyor.model;

/** A link found in text: the characters [start, end) that show it, and the repaired URL. */
public record LinkSpan(int start, int end, String url) {}
