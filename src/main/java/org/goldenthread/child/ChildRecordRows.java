package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.SummaryRow;
import org.springframework.stereotype.Component;

/** A child's record as summary rows, in plain words. */
@Component
class ChildRecordRows {

  private final PageLabels labels;
  private final Organisations organisations;
  private final Clock clock;

  ChildRecordRows(PageLabels labels, Organisations organisations, Clock clock) {
    this.labels = labels;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** The record as summary rows, each with a link to change it when the person may. */
  List<SummaryRow> of(ChildSummary c, boolean canEdit) {
    List<SummaryRow> rows = new ArrayList<>();
    String base = "/children/" + c.id() + "/edit#";
    row(
        rows,
        canEdit,
        base + "givenName",
        "child.record.name",
        c.givenName() + " " + c.familyName());
    if (c.preferredName() != null) {
      row(rows, canEdit, base + "preferredName", "child.record.preferredName", c.preferredName());
    }
    LocalDate today = LocalDate.now(clock);
    row(
        rows,
        canEdit,
        base + "dateOfBirth.day",
        "child.record.dateOfBirth",
        labels.text(
            "child.record.dateOfBirth.value", labels.date(c.dateOfBirth()), c.ageOn(today)));
    row(
        rows,
        canEdit,
        base + "upn",
        "child.record.upn",
        c.upn() == null ? labels.text("child.record.notRecorded") : c.upn());
    row(rows, canEdit, base + "schoolId", "child.record.school", c.schoolName());
    row(
        rows,
        canEdit,
        base + "yearGroup",
        "child.record.yearGroup",
        labels.choice("child.yearGroup.", c.yearGroup()));
    row(
        rows,
        canEdit,
        base + "senStatus",
        "child.record.senStatus",
        labels.choice("child.senStatus.", c.senStatus()));
    if (c.senStatus() != SenStatus.N) {
      row(
          rows,
          canEdit,
          base + "primaryNeed",
          "child.record.primaryNeed",
          c.primaryNeed() == null
              ? labels.text("child.record.notRecorded")
              : labels.choice("child.need.", c.primaryNeed()));
      row(
          rows,
          canEdit,
          base + "secondaryNeed",
          "child.record.secondaryNeed",
          c.secondaryNeed() == null
              ? labels.text("child.record.none")
              : labels.choice("child.need.", c.secondaryNeed()));
    }
    row(
        rows,
        canEdit,
        base + "homeLanguages",
        "child.record.homeLanguages",
        c.homeLanguages().isEmpty()
            ? labels.text("child.record.notRecorded")
            : languages(c.homeLanguages()));
    row(
        rows,
        canEdit,
        base + "pronouns",
        "child.record.pronouns",
        labels.choice("child.pronouns.", c.pronouns() == null ? "NAME" : c.pronouns()));
    row(
        rows,
        canEdit,
        base + "interpreterNeeded",
        "child.record.interpreterNeeded",
        labels.text("child.answer." + c.interpreterNeeded()));
    return rows;
  }

  private void row(List<SummaryRow> rows, boolean canEdit, String href, String key, String value) {
    SummaryRow row = SummaryRow.of(labels.text(key), value);
    rows.add(
        canEdit
            ? row.withAction(
                href, labels.text("child.change"), labels.text(key).toLowerCase(Locale.UK))
            : row);
  }

  /** What was typed, for "the changes you made" after a conflict. */
  List<SummaryRow> typed(ChildForm form) {
    return labels.rows(
        "child.form.givenName.label",
        form.givenName(),
        "child.form.familyName.label",
        form.familyName(),
        "child.form.preferredName.label",
        form.preferredName(),
        "child.form.dateOfBirth.legend",
        labels.typed(form.dateOfBirth()),
        "child.form.upn.label",
        form.upn(),
        "child.form.schoolId.label",
        organisations.name(PageForms.id(form.schoolId())).orElse(""),
        "child.form.yearGroup.label",
        labels.choice("child.yearGroup.", form.yearGroup()),
        "child.form.senStatus.legend",
        labels.choice("child.senStatus.", form.senStatus()),
        "child.form.primaryNeed.label",
        labels.choice("child.need.", form.primaryNeed()),
        "child.form.secondaryNeed.label",
        labels.choice("child.need.", form.secondaryNeed()),
        "child.form.homeLanguages.label",
        languages(form.details().homeLanguages()),
        "child.form.pronouns.legend",
        labels.choice("child.pronouns.", form.pronouns()),
        "child.form.interpreterNeeded.legend",
        labels.choice("child.answer.", form.interpreterNeeded()));
  }

  /** Census language codes as their names: "ENG, POL" is "English, Polish". */
  private String languages(List<String> codes) {
    return codes.stream()
        .map(code -> labels.text("language." + code))
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
