package org.goldenthread.request;

/** A written answer: the decision and its reasons in words. */
public record AnswerInput(String text, RequestDecision decision) {}
