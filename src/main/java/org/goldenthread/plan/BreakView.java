package org.goldenthread.plan;

import java.util.UUID;

/** A break in the thread at one item, in plain words. */
public record BreakView(BreakKind kind, UUID itemId, String message, PlanItemKind itemKind) {}
