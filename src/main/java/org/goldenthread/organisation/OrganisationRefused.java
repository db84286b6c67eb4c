package org.goldenthread.organisation;

import java.util.List;

/**
 * What was entered breaks the rules; nothing was saved. Each problem names the field at fault and
 * the message key that explains it, so that a page can show every message beside its field.
 */
public class OrganisationRefused extends RuntimeException {

  private final List<Problem> problems;

  public OrganisationRefused(List<Problem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One broken rule: the field ({@code name}, {@code code}, {@code urn}...) and why. */
  public record Problem(String field, String messageKey) {}
}
