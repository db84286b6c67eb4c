package org.goldenthread.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.OncePerPageView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local authorities, schools and support services: setting them up and editing them under the rules
 * ({@link OrganisationChecks}: names, 3-digit codes and 6-digit URNs, unique codes and URNs, no
 * stale edits), and reading them for other capabilities. Every change publishes {@link
 * OrganisationCreated} or {@link OrganisationChanged} in its transaction; an edit that changes
 * nothing publishes nothing.
 *
 * <p>Creating and editing throw {@link OrganisationRefused} when the details break a rule; editing
 * throws {@link OrganisationConflict} when the version sent is no longer the saved one, and {@link
 * OrganisationNotFound} when there is no such organisation. In every case nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

  private final LocalAuthorityRepository authorities;
  private final SchoolRepository schools;
  private final SupportServiceRepository services;
  private final OrganisationChecks checks;
  private final ApplicationEventPublisher events;

  Organisations(
      LocalAuthorityRepository authorities,
      SchoolRepository schools,
      SupportServiceRepository services,
      OrganisationChecks checks,
      ApplicationEventPublisher events) {
    this.authorities = authorities;
    this.schools = schools;
    this.services = services;
    this.checks = checks;
    this.events = events;
  }

  @Transactional
  public LocalAuthoritySummary createAuthority(AuthorityDetails details, UUID actorId) {
    AuthorityDetails checked = checks.authority(details, null);
    LocalAuthority authority = authorities.save(new LocalAuthority(checked));
    flush(authorities, OrganisationKind.LOCAL_AUTHORITY, authority.id());
    created(OrganisationKind.LOCAL_AUTHORITY, authority.id(), authority.name(), actorId);
    return authority.summary();
  }

  @Transactional
  public LocalAuthoritySummary editAuthority(
      UUID id, long version, AuthorityDetails details, UUID actorId) {
    LocalAuthority authority =
        found(authorities.findById(id), OrganisationKind.LOCAL_AUTHORITY, id);
    requireVersion(authority.version(), version, OrganisationKind.LOCAL_AUTHORITY, id);
    if (authority.change(checks.authority(details, id))) {
      flush(authorities, OrganisationKind.LOCAL_AUTHORITY, id);
      changed(OrganisationKind.LOCAL_AUTHORITY, id, authority.name(), actorId);
    }
    return authority.summary();
  }

  @Transactional
  public SchoolSummary createSchool(SchoolDetails details, UUID actorId) {
    var checked = checks.school(details, null);
    School saved = schools.save(new School(checked.details(), checked.authority()));
    flush(schools, OrganisationKind.SCHOOL, saved.id());
    created(OrganisationKind.SCHOOL, saved.id(), saved.name(), actorId);
    return saved.summary();
  }

  @Transactional
  public SchoolSummary editSchool(UUID id, long version, SchoolDetails details, UUID actorId) {
    School school = found(schools.findById(id), OrganisationKind.SCHOOL, id);
    requireVersion(school.version(), version, OrganisationKind.SCHOOL, id);
    var checked = checks.school(details, id);
    if (school.change(checked.details(), checked.authority())) {
      flush(schools, OrganisationKind.SCHOOL, id);
      changed(OrganisationKind.SCHOOL, id, school.name(), actorId);
    }
    return school.summary();
  }

  @Transactional
  public ServiceSummary createService(ServiceDetails details, UUID actorId) {
    var checked = checks.service(details);
    ServiceDetails service = checked.details();
    SupportService saved =
        services.save(
            new SupportService(
                service.name(), service.kind(), checked.authority(), service.email()));
    flush(services, OrganisationKind.SERVICE, saved.id());
    created(OrganisationKind.SERVICE, saved.id(), saved.name(), actorId);
    return saved.summary();
  }

  @Transactional
  public ServiceSummary editService(UUID id, long version, ServiceDetails details, UUID actorId) {
    SupportService service = found(services.findById(id), OrganisationKind.SERVICE, id);
    requireVersion(service.version(), version, OrganisationKind.SERVICE, id);
    var checked = checks.service(details);
    if (service.change(checked.details(), checked.authority())) {
      flush(services, OrganisationKind.SERVICE, id);
      changed(OrganisationKind.SERVICE, id, service.name(), actorId);
    }
    return service.summary();
  }

  public Optional<LocalAuthoritySummary> authority(UUID id) {
    return id == null ? Optional.empty() : authorities.findById(id).map(LocalAuthority::summary);
  }

  public Optional<SchoolSummary> school(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(summaries(List.of(id)).get(id));
  }

  public Optional<ServiceSummary> service(UUID id) {
    return id == null ? Optional.empty() : services.findById(id).map(SupportService::summary);
  }

  /** Every local authority, by name. */
  public List<LocalAuthoritySummary> authorities() {
    return authorities.findAllInOrder().stream().map(LocalAuthority::summary).toList();
  }

  /** Every school, by name, with its authority. */
  public List<SchoolSummary> schools() {
    return schools.findAllInOrder().stream().map(School::summary).toList();
  }

  /** The schools of one local authority, by name. */
  public List<SchoolSummary> schoolsOf(UUID authorityId) {
    return schools.findByAuthorityInOrder(authorityId).stream().map(School::summary).toList();
  }

  /** The ids of one local authority's schools. */
  /** Of these schools, those whose name contains the words (in any case). */
  public Set<UUID> schoolIdsNamed(String words, Collection<UUID> among) {
    if (words == null || words.isBlank() || among.isEmpty()) {
      return Set.of();
    }
    String escaped =
        words
            .strip()
            .toLowerCase(Locale.UK)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return Set.copyOf(schools.findIdsNamedLike("%" + escaped + "%", among));
  }

  public Set<UUID> schoolIdsOf(UUID authorityId) {
    return Set.copyOf(schools.findIdsByAuthority(authorityId));
  }

  /** These schools, with their authorities, in no particular order; unknown ids are left out. */
  public List<SchoolSummary> schools(Collection<UUID> schoolIds) {
    Map<UUID, SchoolSummary> found = summaries(schoolIds);
    return schoolIds.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
  }

  /** Schools with their authority by id, each read once per page view. */
  private Map<UUID, SchoolSummary> summaries(Collection<UUID> schoolIds) {
    return OncePerPageView.byKey(
        "organisation.schools",
        schoolIds,
        ids ->
            schools.findWithAuthority(ids).stream()
                .map(School::summary)
                .collect(Collectors.toMap(SchoolSummary::id, school -> school)));
  }

  /** The names of these schools, in one query; unknown ids are left out. */
  public Map<UUID, String> schoolNames(Collection<UUID> schoolIds) {
    Map<UUID, String> names = new HashMap<>();
    summaries(schoolIds).forEach((id, school) -> names.put(id, school.name()));
    return names;
  }

  /** Every support service, by name. */
  public List<ServiceSummary> services() {
    return services.findAllInOrder().stream().map(SupportService::summary).toList();
  }

  /** The name of an authority, school or service, whichever kind the id belongs to. */
  public Optional<String> name(UUID organisationId) {
    if (organisationId == null) {
      return Optional.empty();
    }
    return authorities
        .findById(organisationId)
        .map(LocalAuthority::name)
        .or(() -> schools.findById(organisationId).map(School::name))
        .or(() -> services.findById(organisationId).map(SupportService::name));
  }

  /** The names of the organisations (of any kind) among these ids; unknown ids are left out. */
  public Map<UUID, String> names(Collection<UUID> organisationIds) {
    List<UUID> ids = organisationIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new HashMap<>();
    authorities.findAllById(ids).forEach(authority -> names.put(authority.id(), authority.name()));
    schools.findAllById(ids).forEach(school -> names.put(school.id(), school.name()));
    services.findAllById(ids).forEach(service -> names.put(service.id(), service.name()));
    return names;
  }

  private void created(OrganisationKind kind, UUID id, String name, UUID actorId) {
    events.publishEvent(new OrganisationCreated(kind, id, name, actorId));
  }

  private void changed(OrganisationKind kind, UUID id, String name, UUID actorId) {
    events.publishEvent(new OrganisationChanged(kind, id, name, actorId));
  }

  private static <T> T found(Optional<T> organisation, OrganisationKind kind, UUID id) {
    return organisation.orElseThrow(() -> new OrganisationNotFound(kind, id));
  }

  private static void requireVersion(long saved, long sent, OrganisationKind kind, UUID id) {
    if (saved != sent) {
      throw new OrganisationConflict(kind, id);
    }
  }

  /**
   * Writes now, so that an edit that raced ours (the version moved on, or the same code or URN was
   * saved meanwhile) is reported as such here rather than failing at commit.
   */
  private static void flush(JpaRepository<?, UUID> repository, OrganisationKind kind, UUID id) {
    try {
      repository.flush();
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new OrganisationConflict(kind, id);
    } catch (DataIntegrityViolationException e) {
      throw switch (kind) {
        case LOCAL_AUTHORITY -> taken("code", "organisation.authority.error.code.taken");
        case SCHOOL -> taken("urn", "organisation.school.error.urn.taken");
        case SERVICE -> e;
      };
    }
  }

  private static OrganisationRefused taken(String field, String messageKey) {
    return new OrganisationRefused(List.of(new OrganisationRefused.Problem(field, messageKey)));
  }
}
