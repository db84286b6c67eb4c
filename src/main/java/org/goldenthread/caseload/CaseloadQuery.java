package org.goldenthread.caseload;

/**
 * The caseload's filter and sort as its address carries them ({@code ?status=K&sort=name}), the
 * same for the page and its CSV; values that name nothing are left out by {@link CaseloadFilter}.
 */
record CaseloadQuery(
    String status, String need, String year, String show, String sort, String order) {

  CaseloadFilter filter() {
    return CaseloadFilter.of(status, need, year, show, sort, order);
  }
}
