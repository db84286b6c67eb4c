package org.goldenthread.worker;

import java.util.UUID;

/**
 * Someone on the team answered a support request in its thread: for the inbox of the team (the lead
 * who asked above all).
 */
public record SupportAnswered(
    UUID requestId,
    UUID replyId,
    UUID childId,
    String subject,
    UUID writtenById,
    String writtenByName) {}
