package org.goldenthread.glossary;

/** A term of the glossary as the pages show it; its version is for the administrator's form. */
public record GlossaryEntry(String slug, String term, String explanation, long version) {}
