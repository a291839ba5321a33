package dev.surveyor.model;

/** A paper's place on the map of the field, both coordinates scaled to [0, 1]. */
public record MapPoint(String slug, double x, double y) {}
