package org.goldenthread.organisation;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one request, so that all are reported together. */
final class Problems {

  private final List<OrganisationRefused.Problem> found = new ArrayList<>();

  void add(String field, String messageKey) {
    found.add(new OrganisationRefused.Problem(field, messageKey));
  }

  boolean has(String field) {
    return found.stream().anyMatch(problem -> problem.field().equals(field));
  }

  List<OrganisationRefused.Problem> list() {
    return List.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new OrganisationRefused(found);
    }
  }
}
