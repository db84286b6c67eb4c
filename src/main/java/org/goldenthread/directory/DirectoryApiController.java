package org.goldenthread.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The directory of services through the API ({@code /directory/services}, issue 18's shapes). */
@RestController
@Tag(name = "Directory of services")
class DirectoryApiController {

  private final Directory directory;

  DirectoryApiController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/v1/directory/services")
  @Operation(
      operationId = "searchDirectoryServices",
      summary =
          "Search the directory (anyone signed in), a page at a time, best matches first: q (words,"
              + " English stemming; a word that names a need such as autistic, dyslexic or deaf also"
              + " finds every service tagged with that census need code), need (a census need"
              + " code: ASD, SPLD, SLCN…), area (an authority's code, a postcode district such as"
              + " NS1, or a whole postcode), language (a census language code: ENG, POL, URD…) and"
              + " unchecked=true (only entries nobody has checked for 12 months), all holding"
              + " together. A need, language or area that is none of these is a 400 naming it")
  PageOf<ServiceView> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String need,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String language,
      @RequestParam(defaultValue = "false") boolean unchecked,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return directory.search(new DirectoryQuery(q, need, area, language, unchecked), page, size);
  }

  @GetMapping("/api/v1/directory/services/{serviceId}")
  @Operation(
      operationId = "getDirectoryService",
      summary = "One service of the directory, with everything about it")
  ServiceView get(@PathVariable String serviceId) {
    return directory.get(NotFound.id(serviceId));
  }

  @PostMapping("/api/v1/directory/services")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addDirectoryService",
      summary =
          "Add a service (an authority officer or an administrator; 403 for anyone else): name (at"
              + " most 200 characters), summary (at most 500), kind, areas (at least one: an"
              + " authority's code or a postcode district), and at least one way to contact it"
              + " (phone, email, website as http(s), address); optionally description (at most"
              + " 10,000), needs and languages (census codes), openingTimes, cost, free,"
              + " independent and lastCheckedOn (today unless given; never in the future). 400"
              + " naming each field missing or wrong")
  ServiceView add(@AuthenticationPrincipal CurrentUser user, @RequestBody ServiceBodyIn body) {
    return contactNamed(() -> directory.add(user, body.input()));
  }

  @PutMapping("/api/v1/directory/services/{serviceId}")
  @Operation(
      operationId = "updateDirectoryService",
      summary =
          "Change a service (an authority officer or an administrator; 403 for anyone else) with"
              + " the version read: the fields sent replace what is there, those left out stay. A"
              + " stale version is a 409 with nothing changed; none is a 400 naming version")
  ServiceView change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String serviceId,
      @RequestBody ServiceBodyIn body) {
    return contactNamed(
        () -> directory.change(user, NotFound.id(serviceId), body.input(), body.version()));
  }

  @PostMapping("/api/v1/directory/services/{serviceId}/checked")
  @Operation(
      operationId = "markDirectoryServiceChecked",
      summary =
          "Record that the service's details were checked today (an authority officer or an"
              + " administrator): version optional, a stale one is a 409")
  ServiceView checked(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String serviceId,
      @RequestBody(required = false) CheckedBodyIn body) {
    return directory.markChecked(
        user, NotFound.id(serviceId), body == null ? null : body.version());
  }

  /** The service's contact fields named as the API's body nests them ({@code contact.phone}). */
  private static ServiceView contactNamed(Supplier<ServiceView> call) {
    try {
      return call.get();
    } catch (ValidationProblem problem) {
      throw new ValidationProblem(
          problem.errors().stream()
              .map(
                  error ->
                      CONTACT_FIELDS.contains(error.field())
                          ? new FieldMessage("contact." + error.field(), error.message())
                          : error)
              .toList());
    }
  }

  private static final List<String> CONTACT_FIELDS =
      List.of("phone", "email", "website", "address");

  /** A service as the API receives it. */
  @Schema(name = "DirectoryServiceInput")
  record ServiceBodyIn(
      String name,
      String summary,
      String description,
      SupportKind kind,
      List<String> needs,
      List<String> areas,
      List<String> languages,
      ContactIn contact,
      String openingTimes,
      String cost,
      Boolean free,
      Boolean independent,
      LocalDate lastCheckedOn,
      Long version) {

    ServiceInput input() {
      ContactIn reach = contact == null ? new ContactIn(null, null, null, null) : contact;
      return new ServiceInput(
          name,
          summary,
          description,
          kind,
          needs,
          areas,
          languages,
          reach.phone(),
          reach.email(),
          reach.website(),
          reach.address(),
          openingTimes,
          cost,
          free,
          independent,
          lastCheckedOn);
    }
  }

  /** How to contact a service, as the API receives it. */
  @Schema(name = "DirectoryContactInput")
  record ContactIn(String phone, String email, String website, String address) {}

  /** A check recorded, with the version read. */
  @Schema(name = "DirectoryCheckedInput")
  record CheckedBodyIn(Long version) {}
}
