package org.goldenthread.child;

/** Types of need as the school census codes them. */
public enum NeedCode {
  SPLD,
  MLD,
  SLD,
  PMLD,
  SEMH,
  SLCN,
  HI,
  VI,
  MSI,
  PD,
  ASD,
  OTH,
  /** SEN support but no specialist assessment of the type of need: only with status K. */
  NSA
}
