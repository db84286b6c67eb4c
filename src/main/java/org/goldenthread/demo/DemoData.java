package org.goldenthread.demo;

import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.AuthorityDetails;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolDetails;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.ServiceDetails;
import org.goldenthread.organisation.ServiceKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisations and accounts. Each item is looked up before it is created, so the
 * load runs at every start without duplicating anything, and adds what a newer version brings.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoData implements DemoStep {

  static final String PASSWORD = "thread-demo-2026";

  private final Organisations organisations;
  private final Accounts accounts;

  DemoData(Organisations organisations, Accounts accounts) {
    this.organisations = organisations;
    this.accounts = accounts;
  }

  @Override
  public void load() {
    UUID northshire = authority("Northshire Council", "990");
    UUID riverside = school("900001", "Riverside Academy", SchoolPhase.SECONDARY, northshire);
    UUID brook = school("900002", "Brook Primary School", SchoolPhase.PRIMARY, northshire);
    UUID salt =
        service(
            "Northshire Speech and Language Therapy Service",
            ServiceKind.SPEECH_AND_LANGUAGE_THERAPY,
            northshire,
            "salt@salt.example");
    UUID eps =
        service(
            "Northshire Educational Psychology Service",
            ServiceKind.EDUCATIONAL_PSYCHOLOGY,
            northshire,
            "ep@eps.example");

    account("admin@goldenthread.example", "Alex Morgan", Role.PLATFORM_ADMIN, null);
    account("officer@northshire.example", "Priya Shah", Role.AUTHORITY_OFFICER, northshire);
    account("senco@riverside.example", "Helen Carter", Role.SENCO, riverside);
    account("teacher@riverside.example", "Tom Reid", Role.TEACHER, riverside);
    account("senco@brook.example", "Grace Okafor", Role.SENCO, brook);
    account("ep@eps.example", "Dr Daniel Hughes", Role.PROFESSIONAL, eps);
    account("salt@salt.example", "Fiona Walsh", Role.PROFESSIONAL, salt);
    account("parent@example.org", "Claire Bennett", Role.PARENT, null);
    account("other.parent@example.org", "Marcus Lee", Role.PARENT, null);
  }

  private UUID authority(String name, String code) {
    return organisations.authorities().stream()
        .filter(authority -> authority.code().equals(code))
        .findFirst()
        .map(authority -> authority.id())
        .orElseGet(
            () -> organisations.createAuthority(new AuthorityDetails(name, code), null).id());
  }

  private UUID school(String urn, String name, SchoolPhase phase, UUID authority) {
    return organisations.schools().stream()
        .filter(school -> school.urn().equals(urn))
        .findFirst()
        .map(school -> school.id())
        .orElseGet(
            () ->
                organisations
                    .createSchool(new SchoolDetails(urn, name, phase, authority), null)
                    .id());
  }

  private UUID service(String name, ServiceKind kind, UUID authority, String email) {
    return organisations.services().stream()
        .filter(service -> service.name().equals(name))
        .findFirst()
        .map(service -> service.id())
        .orElseGet(
            () ->
                organisations
                    .createService(new ServiceDetails(name, kind, authority, email), null)
                    .id());
  }

  private void account(String email, String name, Role role, UUID organisation) {
    accounts.createOrGrant(email, name, PASSWORD, role, organisation);
  }
}
