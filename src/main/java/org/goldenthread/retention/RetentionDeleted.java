package org.goldenthread.retention;

import java.util.UUID;

/**
 * Retention deleted records, in the transaction that deleted them: one child's record with
 * everything about it ({@code childId} set, {@code count} 1), or {@code count} records of a rule's
 * other kind. Nothing more about the child than its id.
 *
 * @param rule the rule's key ({@code children}, {@code audit-log}, {@code outbox}, …)
 * @param childId the child whose record went, for the {@code children} rule
 * @param count how many records went
 */
public record RetentionDeleted(String rule, UUID childId, int count) {}
