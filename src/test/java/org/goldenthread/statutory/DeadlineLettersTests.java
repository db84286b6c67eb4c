package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.WithMailServer;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The family hears of a deadline of their child's assessment 5 working days before its last day,
 * and again when it is missed, through a real SMTP server (GreenMail): once each. The staff who
 * answer for a date hear of it too: the authority's officers, or the school's SENCOs.
 */
@IntegrationTest
@WithMailServer
class DeadlineLettersTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired DeadlineNotices notices;
  @Autowired EhcAssessments assessments;
  @Autowired ChildAccess access;
  @Autowired AnnualReviews reviews;
  Mailbox mail = MailServer.mailbox();

  @Test
  void theParentsAreToldOnceWhatIsDueSoon() {
    String mother = "mother+" + UUID.randomUUID() + "@letters.example";
    Pupils pupils = new Pupils(context);
    Pupils.Pupil pupil = pupils.pupil("Zara", "Price").withParent(mother, "Lena Price").add();
    LocalDate requested = TODAY.minusWeeks(6).plusDays(2);
    AssessmentView assessment =
        assessments.request(
            access.open(pupils.user(Pupils.SENCO), pupil.id()), requested, RequestedBy.PARENT);
    LocalDate lastDay = assessment.deadlines().get(0).lastDay();

    notices.send();

    MimeMessage soon = mail.awaitOne(mother, Mailbox.subject("Due by", "Zara"));
    assertThat(subject(soon))
        .isEqualTo("Due by " + new Dates().date(lastDay) + ": Decision whether to assess for Zara");
    assertThat(text(soon))
        .contains("Dear Lena Price")
        .contains("the decision whether to assess is due by " + new Dates().date(lastDay))
        .contains("the local authority must act by then")
        .contains("/children/" + pupil.id() + "/ehc-assessments/" + assessment.id());

    notices.send();
    assertThat(mail.to(mother)).hasSize(1);
  }

  @Test
  void theParentsAreToldWhatWasMissedAndWhatTheyCanDo() {
    String father = "father+" + UUID.randomUUID() + "@letters.example";
    Pupils pupils = new Pupils(context);
    Pupils.Pupil pupil = pupils.pupil("Kai", "Ward").withParent(father, "Sam Ward").add();
    assessments.request(
        access.open(pupils.user(Pupils.SENCO), pupil.id()),
        TODAY.minusWeeks(8),
        RequestedBy.PARENT);

    notices.send();

    MimeMessage late = mail.awaitOne(father, Mailbox.subject("Late:", "Kai"));
    assertThat(subject(late)).startsWith("Late: Decision whether to assess for Kai was due by");
    assertThat(text(late))
        .contains("has not been recorded as done")
        .contains("What you can do: If the local authority misses this date");
    assertThat(mail.to(father)).hasSize(1);
  }

  @Test
  void theAuthoritysOfficersHearOfTheirDatesAndTheSchoolsSencoOfTheSchools() {
    Pupils pupils = new Pupils(context);
    Pupils.Pupil pupil = pupils.pupil("Ezinne", "Okafor").status(SenStatus.E, NeedCode.SLCN).add();
    AccessibleChild asSenco = access.open(pupils.user(Pupils.SENCO), pupil.id());
    assessments.request(asSenco, TODAY.minusWeeks(8), RequestedBy.SCHOOL);
    reviews.record(asSenco, TODAY.minusWeeks(3), null);

    notices.send();

    String link = "/children/" + pupil.id() + "/";
    MimeMessage decision =
        mail.awaitOne(
            AssessmentApiTests.OFFICER,
            Mailbox.subject("Late: Decision whether to assess", "Ezinne"));
    assertThat(text(decision))
        .contains("the decision whether to assess was due by")
        .contains(link + "ehc-assessments/");
    MimeMessage report =
        mail.awaitOne(Pupils.SENCO, Mailbox.subject("Late: Report of the review", "Ezinne"));
    assertThat(text(report))
        .contains("the report of the review was due by")
        .contains(link + "annual-reviews/");
    assertThat(mail.to(Pupils.SENCO))
        .noneSatisfy(m -> assertThat(subject(m)).contains("Decision whether to assess for Ezinne"));
  }
}
