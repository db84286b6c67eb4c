package org.goldenthread.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildDetails;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.ConsentMethod;
import org.goldenthread.child.ConsentStatus;
import org.goldenthread.child.Consents;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.Profiles;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TeamMemberDetails;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.family.ContactChannel;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.family.PreferredFormat;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo children: Sarah at Riverside Academy with her family, team and one-page profile, five
 * more Riverside pupils and three at Brook Primary. Loaded once: a child whose UPN is already on
 * the roll is left as it is.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoChildren implements DemoStep {

  static final String SARAH_UPN = "E990212100001";
  static final String CHLOE_UPN = "H990212100003";

  private final DemoPeople people;
  private final Organisations organisations;
  private final Children children;
  private final ChildAccess access;
  private final Families families;
  private final Teams teams;
  private final Consents consents;
  private final Profiles profiles;
  private final DemoSql sql;

  DemoChildren(
      DemoPeople people,
      Organisations organisations,
      Children children,
      ChildAccess access,
      Families families,
      Teams teams,
      Consents consents,
      Profiles profiles,
      DemoSql sql) {
    this.people = people;
    this.organisations = organisations;
    this.children = children;
    this.access = access;
    this.families = families;
    this.teams = teams;
    this.consents = consents;
    this.profiles = profiles;
    this.sql = sql;
  }

  @Override
  public void load() {
    CurrentUser riversideSenco = people.user("senco@riverside.example");
    CurrentUser brookSenco = people.user("senco@brook.example");
    UUID riverside = school("900001");
    UUID brook = school("900002");
    if (people.pupil(riversideSenco, SARAH_UPN).isEmpty()) {
      sarah(riversideSenco, riverside);
      pupil(
          riversideSenco,
          riverside,
          "Jamal",
          "Ahmed",
          "2014-10-02",
          "U990212100002",
          "7",
          SenStatus.K,
          NeedCode.SEMH,
          null,
          List.of("ENG", "URD"));
      ChildSummary chloe =
          pupil(
              riversideSenco,
              riverside,
              "Chloe",
              "Davies",
              "2013-12-19",
              "H990212100003",
              "8",
              SenStatus.E,
              NeedCode.ASD,
              NeedCode.SLCN,
              List.of("ENG"));
      chloe(riversideSenco, chloe);
      pupil(
          riversideSenco,
          riverside,
          "Oliver",
          "Nowak",
          "2011-05-07",
          "X990212100004",
          "10",
          SenStatus.K,
          NeedCode.SPLD,
          null,
          List.of("POL", "ENG"));
      pupil(
          riversideSenco,
          riverside,
          "Amira",
          "Hassan",
          "2010-11-23",
          "L990212100005",
          "11",
          SenStatus.E,
          NeedCode.HI,
          null,
          List.of("ARA", "ENG"));
      pupil(
          riversideSenco,
          riverside,
          "Ben",
          "Turner",
          "2014-06-30",
          "A990212100006",
          "7",
          SenStatus.K,
          NeedCode.MLD,
          null,
          List.of("ENG"));
    }
    if (people.pupil(brookSenco, "B990217200001").isEmpty()) {
      ChildSummary leo =
          pupil(
              brookSenco,
              brook,
              "Leo",
              "Lee",
              "2018-04-11",
              "B990217200001",
              "3",
              SenStatus.K,
              NeedCode.ASD,
              null,
              List.of("ENG"));
      AccessibleChild leoRecord = access.open(brookSenco, leo.id());
      UUID marcus =
          families
              .add(
                  leoRecord,
                  parent(
                      "Marcus Lee", "other.parent@example.org", FamilyRelationship.FATHER, "Home"))
              .id();
      linkDemoAccount(marcus, "other.parent@example.org");
      teams.makeLead(
          leoRecord,
          teams
              .add(
                  leoRecord,
                  member(
                      brookSenco,
                      TeamRole.SENCO,
                      "Brook Primary School",
                      "Co-ordinates Leo's support and reviews it with the family each term."))
              .id());
      pupil(
          brookSenco,
          brook,
          "Ruby",
          "Shaw",
          "2016-02-08",
          "Q990217200002",
          "5",
          SenStatus.K,
          NeedCode.NSA,
          null,
          List.of("ENG"));
      pupil(
          brookSenco,
          brook,
          "Noah",
          "Green",
          "2021-07-15",
          "E990217200003",
          "R",
          SenStatus.E,
          NeedCode.PMLD,
          null,
          List.of("ENG"));
    }
  }

  private void sarah(CurrentUser senco, UUID riverside) {
    ChildSummary sarah =
        pupil(
            senco,
            riverside,
            "Sarah",
            "Bennett",
            "2013-03-14",
            SARAH_UPN,
            "9",
            SenStatus.K,
            NeedCode.SLCN,
            null,
            List.of("ENG"));
    AccessibleChild record = access.open(senco, sarah.id());
    UUID claire =
        families
            .add(
                record,
                parent(
                    "Claire Bennett",
                    "parent@example.org",
                    FamilyRelationship.MOTHER,
                    "Mum's home"))
            .id();
    linkDemoAccount(claire, "parent@example.org");
    sql.update("update child set pronouns = 'SHE_HER' where id = ?", sarah.id());
    families.add(
        record,
        new FamilyMemberDetails(
            "David Bennett",
            "david.bennett@example.org",
            null,
            FamilyRelationship.FATHER,
            true,
            "Dad's home",
            "ENG",
            PreferredFormat.STANDARD,
            ContactChannel.PHONE,
            false,
            null));

    CurrentUser teacher = people.user("teacher@riverside.example");
    CurrentUser salt = people.user("salt@salt.example");
    CurrentUser ep = people.user("ep@eps.example");
    TeamMemberView lead =
        teams.add(
            record,
            member(
                senco,
                TeamRole.SENCO,
                "Riverside Academy",
                "Keep Sarah's plan up to date, run her reviews each term and be the family's first contact."));
    teams.makeLead(record, lead.id());
    teams.add(
        record,
        member(
            teacher,
            TeamRole.CLASS_TEACHER,
            "Riverside Academy",
            "Use Sarah's visual prompts in lessons and check she has understood each task before she starts."));
    TeamMemberView therapist =
        teams.add(
            record,
            member(
                salt,
                TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                "Northshire Speech and Language Therapy Service",
                "Assess Sarah's language each term and set targets for her small-group sessions."));
    teams.add(
        record,
        member(
            ep,
            TeamRole.EDUCATIONAL_PSYCHOLOGIST,
            "Northshire Educational Psychology Service",
            "Observe Sarah in class and advise on building her confidence with friends."));

    AccessibleChild asParent = access.open(people.user("parent@example.org"), sarah.id());
    consents.record(
        asParent,
        therapist.id(),
        ConsentStatus.GIVEN,
        ConsentMethod.IN_APP,
        LocalDate.of(2026, 9, 15),
        null);

    profiles.write(
        asParent,
        ProfileSectionKind.LIKE_AND_ADMIRE,
        "Sarah is kind and loyal, makes everyone laugh and never gives up on a drawing until it is just right.",
        0);
    profiles.write(
        asParent,
        ProfileSectionKind.IMPORTANT_TO_ME,
        "Having a few good friends to spend breaktime with. Drawing and animation. My dog, Pepper. Knowing what is happening next.",
        0);
    profiles.write(
        record,
        ProfileSectionKind.HOW_TO_SUPPORT_ME,
        "Give me one instruction at a time and show me as well as tell me. Let me check I have understood before I start. Warn me before plans change.",
        0);
    profiles.write(
        record,
        ProfileSectionKind.HOW_I_COMMUNICATE,
        "I understand more when people speak slowly and use pictures. I may take a while to find my words: please wait and do not finish my sentences.",
        0);
  }

  /**
   * Chloe has an EHC plan, so the council's SEND officer is on her team to run its annual review;
   * her mother has no account yet and gave her consent on paper.
   */
  private void chloe(CurrentUser senco, ChildSummary chloe) {
    AccessibleChild record = access.open(senco, chloe.id());
    families.add(
        record,
        parent("Rachel Davies", "rachel.davies@example.org", FamilyRelationship.MOTHER, "Home"));
    teams.makeLead(
        record,
        teams
            .add(
                record,
                member(
                    senco,
                    TeamRole.SENCO,
                    "Riverside Academy",
                    "Keep Chloe's support in line with her EHC plan and gather the advice for its"
                        + " annual review."))
            .id());
    TeamMemberView officer =
        teams.add(
            record,
            member(
                people.user("officer@northshire.example"),
                TeamRole.OTHER,
                "Northshire Council",
                "Run the annual review of Chloe's EHC plan for the council and send the family"
                    + " the council's decision on any changes."));
    consents.record(
        record,
        officer.id(),
        ConsentStatus.GIVEN,
        ConsentMethod.WRITTEN,
        LocalDate.of(2026, 9, 22),
        "Rachel Davies");
  }

  private ChildSummary pupil(
      CurrentUser senco,
      UUID school,
      String givenName,
      String familyName,
      String dateOfBirth,
      String upn,
      String yearGroup,
      SenStatus status,
      NeedCode primary,
      NeedCode secondary,
      List<String> languages) {
    return children.create(
        senco,
        new ChildDetails(
            givenName,
            familyName,
            null,
            LocalDate.parse(dateOfBirth),
            upn,
            school,
            yearGroup,
            status,
            primary,
            secondary,
            languages,
            languages.size() > 1 && !languages.get(0).equals("ENG")));
  }

  private static FamilyMemberDetails parent(
      String name, String email, FamilyRelationship relationship, String household) {
    return new FamilyMemberDetails(
        name,
        email,
        null,
        relationship,
        true,
        household,
        "ENG",
        PreferredFormat.STANDARD,
        ContactChannel.EMAIL,
        false,
        null);
  }

  private static TeamMemberDetails member(
      CurrentUser person, TeamRole role, String organisation, String commitment) {
    return new TeamMemberDetails(
        person.id(),
        person.displayName(),
        role,
        organisation,
        LocalDate.of(2026, 9, 1),
        null,
        commitment);
  }

  /**
   * In real life a parent's account is linked when they accept the school's invitation; the demo
   * parents' accounts already exist, so their link is written as accepting would write it.
   */
  private void linkDemoAccount(UUID familyMemberId, String email) {
    sql.update(
        "update family_member set user_id = ? where id = ?",
        people.user(email).id(),
        familyMemberId);
  }

  private UUID school(String urn) {
    return organisations.schools().stream()
        .filter(school -> school.urn().equals(urn))
        .map(SchoolSummary::id)
        .findFirst()
        .orElseThrow();
  }
}
