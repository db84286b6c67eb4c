package org.goldenthread.family;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.SummaryRow;
import org.springframework.stereotype.Component;

/** The family's details as summary rows, in plain words. */
@Component
class FamilyCards {

  private final PageLabels labels;

  FamilyCards(PageLabels labels) {
    this.labels = labels;
  }

  /** A parent or carer, with whether the SENCO may invite them to Golden Thread now. */
  public record Card(FamilyMemberView member, List<SummaryRow> rows, boolean invitable) {}

  List<Card> of(List<FamilyMemberView> members, boolean mayInvite) {
    return members.stream()
        .map(m -> new Card(m, rows(m), mayInvite && m.email() != null && m.userId() == null))
        .toList();
  }

  private List<SummaryRow> rows(FamilyMemberView m) {
    List<SummaryRow> rows = new ArrayList<>();
    rows.add(
        row(
            "child.family.relationship",
            labels.choice("child.family.relationship.", m.relationship())));
    rows.add(
        row(
            "child.family.parentalResponsibility",
            labels.text("child.answer." + m.parentalResponsibility())));
    rows.add(row("child.family.household", given(m.household())));
    rows.add(row("child.family.address", given(m.address())));
    if (Boolean.TRUE.equals(m.addressWithheld())) {
      rows.add(
          row("child.family.addressWithheld", labels.text("child.family.addressWithheld.yes")));
    }
    rows.add(row("child.family.email", given(m.email())));
    rows.add(row("child.family.phone", given(m.phone())));
    rows.add(
        row(
            "child.family.preferredLanguage",
            m.preferredLanguage() == null
                ? given(null)
                : labels.choice("language.", m.preferredLanguage())));
    rows.add(
        row(
            "child.family.preferredFormat",
            labels.choice("child.family.format.", m.preferredFormat())));
    rows.add(
        row(
            "child.family.contactChannel",
            labels.choice("child.family.channel.", m.contactChannel())));
    rows.add(
        row(
            "child.family.account",
            labels.text(
                m.userId() != null ? "child.family.account.yes" : "child.family.account.no")));
    return rows;
  }

  /** What the family asks professionals to take into account. */
  List<SummaryRow> context(FamilyContextView c) {
    return List.of(
        row("child.family.context.culture", given(c.culture())),
        row("child.family.context.religion", given(c.religion())),
        row("child.family.context.parentingArrangements", given(c.parentingArrangements())),
        row("child.family.context.circumstances", given(c.circumstances())));
  }

  /** What was typed, for "the changes you made" after a conflict. */
  List<SummaryRow> typed(FamilyMemberForm f) {
    return labels.rows(
        "child.family.form.name.label", f.name(),
        "child.family.form.relationship.label",
            labels.choice("child.family.relationship.", f.relationship()),
        "child.family.form.parentalResponsibility.legend",
            labels.choice("child.answer.", f.parentalResponsibility()),
        "child.family.form.household.label", f.household(),
        "child.family.form.email.label", f.email(),
        "child.family.form.phone.label", f.phone(),
        "child.family.form.address.label", f.address(),
        "child.family.form.addressWithheld.legend",
            f.address() == null ? null : labels.choice("child.answer.", f.addressWithheld()),
        "child.family.form.preferredLanguage.label",
            labels.choice("language.", f.preferredLanguage()),
        "child.family.form.preferredFormat.legend",
            labels.choice("child.family.format.", f.preferredFormat()),
        "child.family.form.contactChannel.legend",
            labels.choice("child.family.channel.", f.contactChannel()));
  }

  List<SummaryRow> typed(FamilyContextForm f) {
    return labels.rows(
        "child.family.context.culture", f.culture(),
        "child.family.context.religion", f.religion(),
        "child.family.context.parentingArrangements", f.parentingArrangements(),
        "child.family.context.circumstances", f.circumstances());
  }

  private SummaryRow row(String key, String value) {
    return SummaryRow.of(labels.text(key), value);
  }

  private String given(String value) {
    return value == null ? labels.text("child.record.notGiven") : value;
  }
}
