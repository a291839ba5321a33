package dev.surveyor.model;

/** How often a paper mentions an entity, and whether its title does. */
public record EntityUse(Entity entity, int count, boolean inTitle) {}
