package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.organisation.OrganisationCreated;
import org.goldenthread.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit as a listener, with what it depends on: what other capabilities announce becomes a line
 * of the child's audit trail or of the administrators' log, which nobody has to write by hand.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class AuditModuleTests {

  @Autowired JdbcClient sql;

  @Test
  void aChangeToAChildsRecordBecomesALineOfTheChildsAuditTrail(Scenario scenario) {
    UUID childId = aChild();
    UUID actorId = UUID.randomUUID();

    scenario
        .publish(
            new ChildRecordChanged(
                childId,
                actorId,
                "Sam Patel",
                Relationship.SENCO,
                ChildRecordChanged.Action.UPDATE,
                Happened.of(
                    "audit.what.annualReview.recorded", Happened.day(LocalDate.of(2026, 12, 8)))))
        .andWaitForStateChange(() -> trailOf(childId))
        .andVerify(
            trail ->
                assertThat(trail)
                    .singleElement()
                    .satisfies(
                        line -> {
                          assertThat(line.get("actor_id")).isEqualTo(actorId);
                          assertThat(line.get("actor_name")).isEqualTo("Sam Patel");
                          assertThat(line.get("role")).isEqualTo("SENCO");
                          assertThat(line.get("action")).isEqualTo("UPDATE");
                          assertThat(line.get("what"))
                              .isEqualTo("Recorded an annual review on 8 December 2026");
                          assertThat(line.get("what_key"))
                              .isEqualTo("audit.what.annualReview.recorded");
                          assertThat(line.get("what_args")).isEqualTo("day:2026-12-08");
                          assertThat(line.get("occurred_at")).isNotNull();
                        }));
  }

  @Test
  void readingAChildsRecordIsInTheTrailToo(Scenario scenario) {
    UUID childId = aChild();
    UUID actorId = UUID.randomUUID();

    scenario
        .publish(
            new ChildRecordRead(
                childId, actorId, "Priya Shah", Relationship.PARENT, "audit.part.plan"))
        .andWaitForStateChange(() -> trailOf(childId))
        .andVerify(
            trail ->
                assertThat(trail)
                    .singleElement()
                    .satisfies(
                        line -> {
                          assertThat(line.get("actor_name")).isEqualTo("Priya Shah");
                          assertThat(line.get("role")).isEqualTo("PARENT");
                          assertThat(line.get("action")).isEqualTo("READ");
                          assertThat(line.get("what")).isEqualTo("Looked at the plan");
                          assertThat(line.get("what_key")).isEqualTo("audit.what.read");
                          assertThat(line.get("what_args")).isEqualTo("words:audit.part.plan");
                        }));
  }

  @Test
  void settingUpAnOrganisationIsInTheAdministratorsLog(Scenario scenario) {
    String name = "Audit Speech Service " + UUID.randomUUID();

    scenario
        .publish(
            new OrganisationCreated(
                OrganisationKind.SERVICE, UUID.randomUUID(), name, UUID.randomUUID()))
        .andWaitForStateChange(
            () ->
                sql.sql("select action, what from audit_event where what like ?")
                    .param("%" + name)
                    .query()
                    .listOfRows())
        .andVerify(
            lines ->
                assertThat(lines)
                    .singleElement()
                    .satisfies(
                        line -> {
                          assertThat(line.get("action")).isEqualTo("CREATE");
                          assertThat(line.get("what")).isEqualTo("Set up service " + name);
                        }));
  }

  /** A child's record to audit: a child's trail belongs to a child that is there (V47). */
  private UUID aChild() {
    String code = String.valueOf(UUID.randomUUID().getMostSignificantBits());
    UUID child = UUID.randomUUID();
    sql.sql(
            """
            with authority as (
              insert into local_authority (id, name, code)
              values (gen_random_uuid(), 'Audit Council', :code) returning id),
            school as (
              insert into school (id, urn, name, phase, local_authority_id)
              select gen_random_uuid(), :code, 'Audit School', 'PRIMARY', id from authority
              returning id)
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, created_at, updated_at)
            select :child, 'Audit', 'Child', date '2018-01-01', id, '2', 'N', now(), now()
            from school
            """)
        .param("code", code)
        .param("child", child)
        .update();
    return child;
  }

  private List<Map<String, Object>> trailOf(UUID childId) {
    return sql.sql(
            "select actor_id, actor_name, role, action, what, what_key,"
                + " array_to_string(what_args, '|') as what_args, occurred_at from child_audit"
                + " where child_id = ?")
        .param(childId)
        .query()
        .listOfRows();
  }
}
