package org.goldenthread.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The caller's inbox and their choice of email per kind, through the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inbox")
class InboxApiController {

  private final InboxItems inbox;
  private final NotificationPreferences preferences;

  InboxApiController(InboxItems inbox, NotificationPreferences preferences) {
    this.inbox = inbox;
    this.preferences = preferences;
  }

  @GetMapping("/inbox")
  @Operation(
      operationId = "listInbox",
      summary =
          "Your inbox, newest first, about the children you may see; ?unread=true for the unread"
              + " items only")
  PageOf<InboxItemView> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return inbox.list(user, unread, page, size);
  }

  @PostMapping("/inbox/{itemId}/read")
  @Operation(
      operationId = "markInboxItemRead",
      summary = "Mark one of your inbox items read; someone else's is not found (404)")
  InboxItemView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemId) {
    return inbox.markRead(user, id(itemId));
  }

  @PostMapping("/inbox/read")
  @Operation(
      operationId = "markAllInboxRead",
      summary = "Mark every item in your inbox read; answers how many were unread")
  Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("marked", inbox.markAllRead(user));
  }

  @GetMapping("/me/notification-preferences")
  @Operation(
      operationId = "getNotificationPreferences",
      summary = "Your choice of email for each kind of inbox item")
  Map<String, String> preferences(@AuthenticationPrincipal CurrentUser user) {
    return answer(preferences.of(user.id()));
  }

  @PutMapping("/me/notification-preferences")
  @Operation(
      operationId = "updateNotificationPreferences",
      summary =
          "Choose IMMEDIATE, DIGEST or NONE for any of the kinds; the kinds left out keep their"
              + " choice. Answers every kind's choice")
  Map<String, String> choose(
      @AuthenticationPrincipal CurrentUser user,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = PreferencesInput.class)))
          @RequestBody
          JsonNode body) {
    return answer(preferences.change(user.id(), PreferenceChanges.read(body)));
  }

  private static Map<String, String> answer(Map<InboxKind, EmailChoice> choices) {
    Map<String, String> out = new LinkedHashMap<>();
    choices.forEach((kind, choice) -> out.put(kind.name(), choice.name()));
    return out;
  }

  private static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      throw NotFound.error();
    }
  }

  /** The body of a change of preferences, as the OpenAPI document describes it. */
  @Schema(name = "NotificationPreferencesInput")
  record PreferencesInput(
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String MEETING,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String ACTION,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String DEADLINE,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String EVIDENCE,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String VIEW,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String REQUEST,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String MESSAGE,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String PROVISION_CHANGE,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String CONCERN,
      @Schema(allowableValues = {"IMMEDIATE", "DIGEST", "NONE"}) String DISAGREEMENT) {}
}
