package org.goldenthread.plan;

/** Who delivers a provision, as the school costs their time. */
public enum DelivererRole {
  TEACHING_ASSISTANT,
  TEACHER,
  THERAPIST,
  /** Anyone else: a mentor, a coach, an outside service; costed once the school sets a rate. */
  OTHER
}
