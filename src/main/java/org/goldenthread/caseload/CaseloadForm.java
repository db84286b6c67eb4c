package org.goldenthread.caseload;

/** The caseload's filter form as the page shows it back: one value of the choices, or none. */
record CaseloadForm(String status, String need, String year, String show) {

  static CaseloadForm of(CaseloadFilter filter) {
    return new CaseloadForm(
        filter.status() == null ? null : filter.status().name(),
        filter.need() == null ? null : filter.need().name(),
        filter.year(),
        filter.show() == null ? null : filter.show().name());
  }
}
