package org.goldenthread.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A child's contact log through the API ({@code /children/{id}/contacts}). */
@RestController
@Tag(name = "Contact log")
class ContactApiController {

  private final ContactLog log;

  ContactApiController(ContactLog log) {
    this.log = log;
  }

  @GetMapping("/api/v1/children/{childId}/contacts")
  @Operation(
      operationId = "listContacts",
      summary = "The child's contact log, newest first (anyone who may see the child)")
  PageOf<ContactView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(log.entries(child, PageOf.request(page, size)), entry -> entry);
  }

  @PostMapping("/api/v1/children/{childId}/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "recordContact",
      summary =
          "Record a contact with the family (staff who see the child; the family: 403): on (the"
              + " day, not in the future), how (PHONE, IN_PERSON, HOME_VISIT, VIDEO or OTHER),"
              + " with (who, at most 200 characters), summary (what was said) and agreed"
              + " (optional: what was agreed), each at most 10,000 characters")
  ContactView record(AccessibleChild child, @RequestBody ContactRequest body) {
    return log.record(
        child, new NewContact(body.on(), body.how(), body.with(), body.summary(), body.agreed()));
  }

  /** A contact as the API receives it. */
  record ContactRequest(LocalDate on, ContactHow how, String with, String summary, String agreed) {}
}
