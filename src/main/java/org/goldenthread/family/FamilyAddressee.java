package org.goldenthread.family;

import java.util.UUID;

/**
 * A parent or carer as letters about the child reach them, read from the family record when a
 * letter is sent: their account (null while they have none) and the address on the record.
 */
public record FamilyAddressee(
    UUID memberId,
    UUID userId,
    String name,
    String email,
    boolean parentalResponsibility,
    boolean informationLimited,
    String preferredLanguage) {

  /**
   * Whether they are sent every letter about the child's meetings: they hold parental
   * responsibility and no limit is recorded on what they are told.
   */
  public boolean informedAsParent() {
    return parentalResponsibility && !informationLimited;
  }
}
