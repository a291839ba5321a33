package dev.surveyor.analyze;

/** An analysed term (lowercased, stemmed) and the characters [start, end) it came from. */
public record Token(String term, int start, int end) {}
