package dev.surveyor.view;

/** A page to render: where it goes, which template, and the finished view it shows. */
public record PageJob(String path, String template, Object page) {}
