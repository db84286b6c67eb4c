package org.goldenthread.web;

/**
 * A bean that every template reaches as {@code #name}, an expression object ({@code
 * ${#dateWords.date(meeting.startsAt)}}), not as a bean reference ({@code @dates}): Spring never
 * compiles an expression that names a bean, so a page would work each one out afresh every time it
 * is drawn. For the same reason the class and the methods templates call are public.
 */
public interface TemplateObject {

  /** The name templates know it by, without the {@code #}. */
  String templateName();
}
