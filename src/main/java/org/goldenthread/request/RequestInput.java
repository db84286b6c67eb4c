package org.goldenthread.request;

/** A request as made: what kind, to whom, and its words. */
public record RequestInput(RequestKind kind, RequestTo to, String text) {}
