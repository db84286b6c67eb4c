package org.goldenthread.document;

/** Evidence from a family awaiting the school's response, with the child's name, for a home. */
public record AwaitingEvidence(DocumentView document, String childName) {}
