package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organisations with only what they depend on: setting one up announces it, with the
 * administrator who did it, for the audit log and whoever else listens.
 */
// web, for the clock: Spring Modulith follows only the beans a module injects, and the Clock
// that organisation injects is a java.time type, so web is not found as a dependency on its own.
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "web"})
@ActiveProfiles("test")
class OrganisationModuleTests {

  @Autowired Organisations organisations;
  @Autowired JdbcClient sql;

  @Test
  void settingUpAServicePublishesOrganisationCreatedWithTheAdministrator(Scenario scenario) {
    UUID admin = UUID.randomUUID();
    String name = "Speech and Language " + UUID.randomUUID().toString().substring(0, 8);

    scenario
        .stimulate(
            () ->
                organisations.createService(
                    new ServiceDetails(
                        "  " + name + " ",
                        ServiceKind.SPEECH_AND_LANGUAGE_THERAPY,
                        null,
                        "slt@fresh.example"),
                    admin))
        .andWaitForEventOfType(OrganisationCreated.class)
        .matching(created -> created.name().equals(name))
        .toArriveAndVerify(
            (created, service) -> {
              assertThat(created.kind()).isEqualTo(OrganisationKind.SERVICE);
              assertThat(created.id()).isEqualTo(service.id());
              assertThat(created.actorId()).isEqualTo(admin);
              assertThat(organisations.service(created.id())).isPresent();
            });
  }

  @Test
  void settingUpASchoolOfAnAuthorityPublishesOrganisationCreated(Scenario scenario) {
    UUID authority =
        organisations.school(FreshSchool.school(sql, tag())).orElseThrow().authorityId();
    String urn = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    String name = "Fresh Primary " + tag();
    UUID admin = UUID.randomUUID();

    scenario
        .stimulate(
            () ->
                organisations.createSchool(
                    new SchoolDetails(urn, name, SchoolPhase.PRIMARY, authority), admin))
        .andWaitForEventOfType(OrganisationCreated.class)
        .matching(created -> created.name().equals(name))
        .toArriveAndVerify(
            (created, school) -> {
              assertThat(created.kind()).isEqualTo(OrganisationKind.SCHOOL);
              assertThat(created.id()).isEqualTo(school.id());
              assertThat(created.actorId()).isEqualTo(admin);
              assertThat(organisations.schoolsOf(authority))
                  .extracting(SchoolSummary::urn)
                  .contains(urn);
            });
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
