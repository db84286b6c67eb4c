package org.goldenthread.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.disagreement.DisagreementAbout;
import org.goldenthread.disagreement.DisagreementInput;
import org.goldenthread.disagreement.DisagreementView;
import org.goldenthread.disagreement.Disagreements;
import org.goldenthread.disagreement.StageInput;
import org.goldenthread.disagreement.StageKind;
import org.goldenthread.identity.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo disagreement, dated from today: nine weeks ago Northshire refused to assess Leo Lee
 * (Brook Primary) for an EHC needs assessment; his father recorded it, talked to Brook's SENCO, and
 * four weeks ago contacted a mediation adviser and decided not to mediate, with the certificate
 * three days later. So his next option is the appeal to the SEND Tribunal, due one month from the
 * certificate (later than two months from the letter, which have nearly run), on his home and Leo's
 * page; Northshire's officer was told in her inbox. Loaded once: nothing is added when Leo already
 * has a disagreement.
 */
@Component
@Order(9)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoDisagreements implements DemoStep {

  static final String LEO_UPN = "B990217200001";
  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final DemoPeople people;
  private final ChildAccess access;
  private final Disagreements disagreements;
  private final DemoSql sql;
  private final Clock clock;

  DemoDisagreements(
      DemoPeople people,
      ChildAccess access,
      Disagreements disagreements,
      DemoSql sql,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.disagreements = disagreements;
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser father = people.account("other.parent@example.org").orElse(null);
    if (father == null) {
      return;
    }
    ChildSummary leo = people.pupil(father, LEO_UPN).orElse(null);
    if (leo == null) {
      return;
    }
    AccessibleChild asFather = access.open(father, leo.id());
    if (disagreements.forChild(asFather, 0, 1).total() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate letter = DemoMeetings.weekday(today.minusWeeks(9));
    LocalDate adviser = DemoMeetings.weekday(today.minusWeeks(4));
    LocalDate certificate = adviser.plusDays(3);
    DisagreementView recorded =
        disagreements.record(
            asFather,
            new DisagreementInput(
                DisagreementAbout.REFUSAL_TO_ASSESS,
                Set.of(),
                letter,
                "Northshire wrote that Leo's needs can be met by the support Brook already gives,"
                    + " so it will not carry out an EHC needs assessment. Brook's own reviews show"
                    + " he has not moved on in reading or in managing busy times since last year,"
                    + " even with that support.",
                null));
    DisagreementView talked =
        disagreements.addStage(
            asFather,
            recorded.id(),
            new StageInput(
                StageKind.TALK_TO_SCHOOL,
                letter.plusDays(6),
                null,
                "Does Brook think the refusal is right, and will it support an appeal?",
                "Mrs Okafor agreed the support is not enough and will send the last three reviews.",
                "The school will share its evidence.",
                false),
            null);
    disagreements.addStage(
        asFather,
        recorded.id(),
        new StageInput(
            StageKind.MEDIATION_ADVICE,
            adviser,
            certificate,
            "Called the mediation adviser to talk through mediation.",
            null,
            "Decided not to mediate; the certificate came by email.",
            false),
        talked.version());
    sql.update(
        "update disagreement set recorded_at = ?, changed_at = ? where id = ?",
        Timestamp.from(letter.plusDays(2).atTime(20, 15).atZone(ENGLAND).toInstant()),
        Timestamp.from(certificate.atTime(18, 40).atZone(ENGLAND).toInstant()),
        recorded.id());
  }
}
