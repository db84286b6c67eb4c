package org.goldenthread.statutory;

/** A step of an EHC needs assessment, recorded with the day it happened. */
public enum MilestoneKind {
  /** The authority's decision whether to assess ({@code assess}: true unless it refused). */
  DECISION_TO_ASSESS,
  /** Advice asked of a professional ({@code adviser}: who). */
  ADVICE_REQUESTED,
  /** That advice received ({@code adviceId}: the request it answers). */
  ADVICE_RECEIVED,
  /** The authority decided not to issue a plan after assessing. */
  DECISION_NOT_TO_ISSUE,
  /** A draft plan sent to the family for comments. */
  DRAFT_ISSUED,
  /** The final EHC plan issued. */
  FINAL_ISSUED,
  /** An exception the regulations allow ({@code reason} and {@code note}). */
  EXCEPTION
}
