package org.goldenthread.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.goldenthread.child.CensusLanguages;
import org.goldenthread.child.NeedCode;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The directory of services: everyone signed in searches and reads it; the authority's officers and
 * the administrators add, change and check its entries. An entry nobody has checked for twelve
 * months is flagged, so that its keepers check it again.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

  /** An entry is flagged when it was last checked this long ago or longer. */
  static final int CHECK_EVERY_MONTHS = 12;

  static final int MOST_NAME = 200;
  static final int MOST_SUMMARY = 500;
  static final int MOST_DESCRIPTION = 10_000;
  static final int MOST_PHONE = 40;
  static final int MOST_EMAIL = 200;
  static final int MOST_WEBSITE = 500;
  static final int MOST_ADDRESS = 500;
  static final int MOST_OPENING_TIMES = 1_000;
  static final int MOST_COST = 500;
  static final int MOST_CODES = 60;

  /**
   * A postcode district, the outward part of a postcode: {@code NS1}, {@code LS6}, {@code EC1A}.
   */
  static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

  private static final Pattern POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)[0-9][A-Z]{2}");
  private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,40}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
  private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+");

  private final DirectoryEntryRepository entries;
  private final DirectorySearch search;
  private final Organisations organisations;
  private final Clock clock;

  Directory(
      DirectoryEntryRepository entries,
      DirectorySearch search,
      Organisations organisations,
      Clock clock) {
    this.entries = entries;
    this.search = search;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * One page of the services matching the search, best matches first. A need or language that is
   * not a census code, or an area that is neither an authority's code nor a postcode, is a 400
   * naming it.
   */
  public PageOf<ServiceView> search(DirectoryQuery query, int page, int size) {
    var asked = PageOf.request(page, size);
    return search.search(
        DirectorySearch.words(query.words()),
        filters(query),
        asked.getPageNumber(),
        asked.getPageSize(),
        today());
  }

  /** One service, or 404. */
  public ServiceView get(UUID id) {
    return find(id).view(today());
  }

  /**
   * Whether a service of this name is in the directory (for the demo data, which adds each once).
   */
  public boolean has(String name) {
    return entries.existsByName(name);
  }

  /** Whether the person keeps the directory: an authority officer or an administrator. */
  public boolean keeps(CurrentUser user) {
    return user != null && (user.has(Role.AUTHORITY_OFFICER) || user.has(Role.PLATFORM_ADMIN));
  }

  /**
   * Whether the person may change this service: an administrator any; an authority's officer one
   * that serves their own authority (its code among the service's areas), or one given by postcode
   * districts alone (a district is not tied to an authority here), never one that serves only other
   * authorities.
   */
  public boolean keeps(CurrentUser user, ServiceView service) {
    return keepsAreas(user, service.areas());
  }

  private boolean keepsAreas(CurrentUser user, List<String> areas) {
    if (!keeps(user)) {
      return false;
    }
    if (user.has(Role.PLATFORM_ADMIN)) {
      return true;
    }
    Set<UUID> own = user.organisationsWhere(Role.AUTHORITY_OFFICER);
    List<LocalAuthoritySummary> named =
        organisations.authorities().stream()
            .filter(authority -> areas.contains(authority.code()))
            .toList();
    return named.isEmpty() || named.stream().anyMatch(authority -> own.contains(authority.id()));
  }

  private void requireKeeperOf(CurrentUser user, List<String> areas) {
    if (!keepsAreas(user, areas)) {
      throw forbidden();
    }
  }

  /** An officer's service keeps their own authority among its areas, or they could not keep it. */
  private void requireOwnArea(CurrentUser user, List<String> areas) {
    if (!keepsAreas(user, areas)) {
      throw ValidationProblem.of("areas", "directory.error.ownAuthority");
    }
  }

  /** Adds a service, checked today unless another day is given. */
  @Transactional
  public ServiceView add(CurrentUser user, ServiceInput input) {
    requireKeeper(user);
    DirectoryEntry.Checked details = check(input, null);
    requireOwnArea(user, details.areas());
    DirectoryEntry entry = entries.saveAndFlush(new DirectoryEntry(details, clock.instant()));
    return entry.view(today());
  }

  /**
   * Changes a service from the version read: the fields given replace what is there, those left out
   * (null) stay. A stale version is a 409 with nothing changed.
   */
  @Transactional
  public ServiceView change(CurrentUser user, UUID id, ServiceInput input, Long version) {
    requireKeeper(user);
    DirectoryEntry entry = find(id);
    requireKeeperOf(user, entry.details().areas());
    if (version == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    EditConflict.check(version, entry.version());
    DirectoryEntry.Checked details = check(input, entry.details());
    requireOwnArea(user, details.areas());
    entry.apply(details, clock.instant());
    return entries.saveAndFlush(entry).view(today());
  }

  /** Records that the service's details were checked today. */
  @Transactional
  public ServiceView markChecked(CurrentUser user, UUID id, Long version) {
    requireKeeper(user);
    DirectoryEntry entry = find(id);
    requireKeeperOf(user, entry.details().areas());
    if (version != null) {
      EditConflict.check(version, entry.version());
    }
    entry.checkedOn(today(), clock.instant());
    return entries.saveAndFlush(entry).view(today());
  }

  /** The authorities a service may serve, by name, for the area choices. */
  public List<LocalAuthoritySummary> authorities() {
    return organisations.authorities();
  }

  /** The day the directory counts from. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether an entry last checked on that day is due to be checked again. */
  static boolean needsChecking(LocalDate lastCheckedOn, LocalDate today) {
    return lastCheckedOn != null && !lastCheckedOn.isAfter(checkDueFrom(today));
  }

  /** Entries last checked on this day or before are due to be checked again. */
  static LocalDate checkDueFrom(LocalDate today) {
    return today.minusMonths(CHECK_EVERY_MONTHS);
  }

  /** The area as stored: an authority code, or the postcode district of a district or postcode. */
  static Optional<String> area(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String area = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (area.matches("[0-9]{3}") || DISTRICT.matcher(area).matches()) {
      return Optional.of(area);
    }
    var postcode = POSTCODE.matcher(area);
    return postcode.matches() ? Optional.of(postcode.group(1)) : Optional.empty();
  }

  private DirectorySearch.Filters filters(DirectoryQuery query) {
    List<FieldMessage> problems = new ArrayList<>();
    String need = code(query.need());
    if (need != null && !isNeed(need)) {
      problems.add(new FieldMessage("need", "directory.error.need"));
    }
    String language = code(query.language());
    if (language != null && !isLanguage(language)) {
      problems.add(new FieldMessage("language", "directory.error.language"));
    }
    List<String> areas = null;
    if (query.area() != null && !query.area().isBlank()) {
      Optional<String> area = area(query.area());
      if (area.isEmpty()) {
        problems.add(new FieldMessage("area", "directory.error.area"));
      } else {
        areas = List.of(area.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new DirectorySearch.Filters(need, areas, language, query.unchecked());
  }

  private DirectoryEntry.Checked check(ServiceInput in, DirectoryEntry.Checked was) {
    List<FieldMessage> problems = new ArrayList<>();
    String name =
        text("name", pick(in.name(), was == null ? null : was.name()), MOST_NAME, true, problems);
    String summary =
        text(
            "summary",
            pick(in.summary(), was == null ? null : was.summary()),
            MOST_SUMMARY,
            true,
            problems);
    String description =
        text(
            "description",
            pick(in.description(), was == null ? null : was.description()),
            MOST_DESCRIPTION,
            false,
            problems);
    SupportKind kind = in.kind() != null ? in.kind() : was == null ? null : was.kind();
    if (kind == null) {
      problems.add(new FieldMessage("kind", "directory.error.kind"));
    }
    List<String> needs =
        codes(
            "needs",
            in.needs() != null ? in.needs() : was == null ? List.of() : was.needs(),
            problems,
            Directory::isNeed);
    List<String> languages =
        codes(
            "languages",
            in.languages() != null ? in.languages() : was == null ? List.of() : was.languages(),
            problems,
            Directory::isLanguage);
    List<String> areas =
        areas(in.areas() != null ? in.areas() : was == null ? List.of() : was.areas(), problems);
    String phone =
        text(
            "phone",
            pick(in.phone(), was == null ? null : was.phone()),
            MOST_PHONE,
            false,
            problems);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new FieldMessage("phone", "directory.error.phone"));
    }
    String email =
        text(
            "email",
            pick(in.email(), was == null ? null : was.email()),
            MOST_EMAIL,
            false,
            problems);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(new FieldMessage("email", "directory.error.email"));
    }
    String website =
        text(
            "website",
            pick(in.website(), was == null ? null : was.website()),
            MOST_WEBSITE,
            false,
            problems);
    if (website != null && !WEBSITE.matcher(website).matches()) {
      problems.add(new FieldMessage("website", "directory.error.website"));
    }
    String address =
        text(
            "address",
            pick(in.address(), was == null ? null : was.address()),
            MOST_ADDRESS,
            false,
            problems);
    String openingTimes =
        text(
            "openingTimes",
            pick(in.openingTimes(), was == null ? null : was.openingTimes()),
            MOST_OPENING_TIMES,
            false,
            problems);
    String cost =
        text("cost", pick(in.cost(), was == null ? null : was.cost()), MOST_COST, false, problems);
    if (phone == null
        && email == null
        && website == null
        && address == null
        && problems.stream()
            .noneMatch(p -> List.of("phone", "email", "website", "address").contains(p.field()))) {
      problems.add(new FieldMessage("phone", "directory.error.contact"));
    }
    boolean free = in.free() != null ? in.free() : was != null && was.free();
    boolean independent =
        in.independent() != null ? in.independent() : was != null && was.independent();
    LocalDate checked =
        in.lastCheckedOn() != null
            ? in.lastCheckedOn()
            : was == null ? today() : was.lastCheckedOn();
    if (checked.isAfter(today())) {
      problems.add(new FieldMessage("lastCheckedOn", "directory.error.checkedInFuture"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new DirectoryEntry.Checked(
        name,
        summary,
        description,
        kind,
        needs,
        areas,
        languages,
        phone,
        email,
        website,
        address,
        openingTimes,
        cost,
        free,
        independent,
        checked);
  }

  /** What was sent, or what was there when nothing was sent; an empty text clears a field. */
  private static String pick(String sent, String was) {
    return sent != null ? sent : was;
  }

  private static String text(
      String field, String value, int most, boolean required, List<FieldMessage> problems) {
    String text = TextRules.tidy(value);
    if (text == null) {
      if (required) {
        problems.add(new FieldMessage(field, "directory.error." + field));
      }
      return null;
    }
    if (text.length() > most) {
      problems.add(new FieldMessage(field, "directory.error.tooLong"));
    } else {
      TextRules.problem(text).ifPresent(key -> problems.add(new FieldMessage(field, key)));
    }
    return text;
  }

  private static List<String> codes(
      String field,
      List<String> sent,
      List<FieldMessage> problems,
      java.util.function.Predicate<String> known) {
    Set<String> codes = new LinkedHashSet<>();
    for (String each : sent) {
      String code = code(each);
      if (code == null) {
        continue;
      }
      if (!known.test(code)) {
        problems.add(new FieldMessage(field, "directory.error." + field));
        return List.of();
      }
      codes.add(code);
    }
    if (codes.size() > MOST_CODES) {
      problems.add(new FieldMessage(field, "directory.error.tooMany"));
    }
    return List.copyOf(codes);
  }

  private List<String> areas(List<String> sent, List<FieldMessage> problems) {
    Set<String> authorityCodes =
        organisations.authorities().stream()
            .map(LocalAuthoritySummary::code)
            .collect(Collectors.toSet());
    Set<String> areas = new LinkedHashSet<>();
    for (String each : sent) {
      if (each == null || each.isBlank()) {
        continue;
      }
      Optional<String> area = area(each);
      if (area.isEmpty()
          || (area.get().matches("[0-9]{3}") && !authorityCodes.contains(area.get()))) {
        problems.add(new FieldMessage("areas", "directory.error.areas"));
        return List.of();
      }
      areas.add(area.get());
    }
    if (areas.isEmpty()) {
      problems.add(new FieldMessage("areas", "directory.error.noArea"));
    } else if (areas.size() > MOST_CODES) {
      problems.add(new FieldMessage("areas", "directory.error.tooMany"));
    }
    return List.copyOf(areas);
  }

  private static String code(String typed) {
    String code = TextRules.tidy(typed);
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  static boolean isLanguage(String code) {
    return CensusLanguages.languages().contains(code);
  }

  static boolean isNeed(String code) {
    if (code == null || NeedCode.NSA.name().equals(code)) {
      return false;
    }
    for (NeedCode need : NeedCode.values()) {
      if (need.name().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private DirectoryEntry find(UUID id) {
    if (id == null) {
      throw NotFound.error();
    }
    return entries.findById(id).orElseThrow(NotFound::error);
  }

  private static void requireKeeper(CurrentUser user) {
    if (user == null || !(user.has(Role.AUTHORITY_OFFICER) || user.has(Role.PLATFORM_ADMIN))) {
      throw forbidden();
    }
  }

  static ErrorResponseException forbidden() {
    return ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.directoryForbidden");
  }
}
