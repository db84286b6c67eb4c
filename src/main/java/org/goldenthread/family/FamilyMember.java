package org.goldenthread.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A parent or carer of a child, with how they want to be kept informed. */
@Entity
@Table(name = "family_member")
class FamilyMember {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "user_id")
  private UUID userId;

  @Column(nullable = false)
  private String name;

  private String email;
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FamilyRelationship relationship;

  @Column(name = "parental_responsibility", nullable = false)
  private boolean parentalResponsibility;

  private String household;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_format", nullable = false)
  private PreferredFormat preferredFormat;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_channel", nullable = false)
  private ContactChannel contactChannel;

  @Column(name = "information_limited", nullable = false)
  private boolean informationLimited;

  @Column(name = "limitation_note")
  private String limitationNote;

  private String address;

  @Column(name = "address_withheld", nullable = false)
  private boolean addressWithheld;

  @Version private long version;

  protected FamilyMember() {}

  FamilyMember(UUID childId, FamilyMemberDetails details) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    apply(details);
    limit(details.informationLimited(), details.limitationNote());
    moveTo(details.address(), details.addressWithheld());
  }

  /** Everything but the limit and the address, which only some may change. */
  void apply(FamilyMemberDetails details) {
    this.name = details.name();
    this.email = details.email();
    this.phone = details.phone();
    this.relationship = details.relationship();
    this.parentalResponsibility = details.parentalResponsibility();
    this.household = details.household();
    this.preferredLanguage = details.preferredLanguage();
    this.preferredFormat = details.preferredFormat();
    this.contactChannel = details.contactChannel();
  }

  void limit(boolean limited, String note) {
    this.informationLimited = limited;
    this.limitationNote = limited ? note : null;
  }

  void moveTo(String address, boolean withheld) {
    this.address = address;
    this.addressWithheld = withheld;
  }

  void linkAccount(UUID userId) {
    this.userId = userId;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  String preferredLanguage() {
    return preferredLanguage;
  }

  UUID userId() {
    return userId;
  }

  String name() {
    return name;
  }

  String email() {
    return email;
  }

  boolean parentalResponsibility() {
    return parentalResponsibility;
  }

  boolean informationLimited() {
    return informationLimited;
  }

  String limitationNote() {
    return limitationNote;
  }

  String address() {
    return address;
  }

  boolean addressWithheld() {
    return addressWithheld;
  }

  long version() {
    return version;
  }

  FamilyMemberView view() {
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
        limitationNote,
        address,
        addressWithheld,
        version);
  }
}
