package org.goldenthread.family;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A parent or carer as pages and the API show them, to one person: what that person may not see
 * (the note behind a limit, a withheld address, whether an address is withheld) is left out, and
 * absent from the JSON.
 */
public record FamilyMemberView(
    UUID id,
    UUID userId,
    String name,
    String email,
    String phone,
    FamilyRelationship relationship,
    boolean parentalResponsibility,
    String household,
    String preferredLanguage,
    PreferredFormat preferredFormat,
    ContactChannel contactChannel,
    boolean informationLimited,
    @JsonInclude(JsonInclude.Include.NON_NULL) String limitationNote,
    @JsonInclude(JsonInclude.Include.NON_NULL) String address,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean addressWithheld,
    long version) {

  /** The same member with what the viewer may not see left out. */
  FamilyMemberView seenWith(boolean note, boolean address, boolean withheldFlag) {
    return new FamilyMemberView(
        id,
        userId,
        name,
        email,
        phone,
        relationship,
        parentalResponsibility,
        household,
        preferredLanguage,
        preferredFormat,
        contactChannel,
        informationLimited,
        note ? limitationNote : null,
        address ? this.address : null,
        withheldFlag ? addressWithheld : null,
        version);
  }
}
