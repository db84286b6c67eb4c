package org.goldenthread.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildDetails;
import org.goldenthread.child.Children;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.notification.ChildMail.Addressee;
import org.goldenthread.notification.ChildMail.Letter;
import org.goldenthread.notification.ChildMail.Reader;
import org.goldenthread.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, rule 3: mail to a family member named by their entry on the record is checked against
 * the record at the moment it is sent: still on it, no limit recorded, and parental responsibility
 * for the letters that need it. Nothing is even written for someone who fails the check.
 */
@IntegrationTest
class ChildMailTests {

  @Autowired ChildMail mail;
  @Autowired Children children;
  @Autowired Families families;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  AccessibleChild child;
  final List<Reader> written = new ArrayList<>();

  @BeforeEach
  void aChild() {
    CurrentUser senco = accounts.findByEmail("senco@riverside.example").orElseThrow();
    UUID riverside =
        organisations.schools().stream()
            .filter(s -> s.name().equals("Riverside Academy"))
            .findFirst()
            .orElseThrow()
            .id();
    UUID id =
        children
            .create(
                senco,
                new ChildDetails(
                    "Ada",
                    "Mailcheck",
                    null,
                    LocalDate.of(2015, 2, 3),
                    null,
                    riverside,
                    "6",
                    SenStatus.K,
                    NeedCode.SLCN,
                    null,
                    List.of("ENG"),
                    false))
            .id();
    child = access.open(senco, id);
  }

  @Test
  void aParentKnownByEmailIsWrittenToAtTheAddressOnTheRecordAsSomeoneWithoutAnAccount() {
    String email = "by.email." + UUID.randomUUID() + "@example.org";
    UUID member = member("Rob Byemail", email, true, false);
    assertThat(send(new Addressee.FamilyMember(member, true))).isTrue();
    assertThat(written).singleElement().isEqualTo(new Reader("Rob Byemail", email, member, false));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from outbox_message where recipient = ?", Long.class, email))
        .isEqualTo(1);
  }

  @Test
  void aLimitRecordedBeforeTheMailLeavesStopsIt() {
    UUID member = member("Sol Limited", "sol." + UUID.randomUUID() + "@example.org", true, false);
    jdbc.update(
        "update family_member set information_limited = true, limitation_note = 'Court order'"
            + " where id = ?",
        member);
    assertThat(send(new Addressee.FamilyMember(member, true))).isFalse();
    assertThat(send(new Addressee.FamilyMember(member, false))).isFalse();
    assertThat(written).as("nothing is written for them").isEmpty();
  }

  @Test
  void aMeetingLetterNeedsParentalResponsibilityAndSomeoneOffTheRecordGetsNothing() {
    UUID carer = member("Gil Carer", "gil." + UUID.randomUUID() + "@example.org", false, false);
    assertThat(send(new Addressee.FamilyMember(carer, true))).isFalse();
    assertThat(send(new Addressee.FamilyMember(carer, false)))
        .as("an invitation to the record may go to any family member")
        .isTrue();

    UUID gone = member("Val Gone", "val." + UUID.randomUUID() + "@example.org", true, false);
    jdbc.update("delete from family_member where id = ?", gone);
    assertThat(send(new Addressee.FamilyMember(gone, true))).isFalse();
    assertThat(send(new Addressee.FamilyMember(UUID.randomUUID(), false))).isFalse();
  }

  private boolean send(Addressee to) {
    return mail.send(
        child.id(),
        to,
        "test",
        reader -> {
          written.add(reader);
          return new Letter("About Ada", "Dear " + reader.name(), List.of());
        });
  }

  private UUID member(String name, String email, boolean responsibility, boolean limited) {
    return families
        .add(
            child,
            new FamilyMemberDetails(
                name,
                email,
                null,
                responsibility ? FamilyRelationship.FATHER : FamilyRelationship.GRANDPARENT,
                responsibility,
                null,
                null,
                null,
                null,
                limited,
                limited ? "Court order" : null))
        .id();
  }
}
