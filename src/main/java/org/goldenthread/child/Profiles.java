package org.goldenthread.child;

import static org.goldenthread.child.Happened.words;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-page profile, written with the family and the child: each section keeps who wrote it and
 * when, and every earlier text.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

  static final int MAX_LENGTH = 5000;

  private final ProfileSectionRepository sections;
  private final ProfileSectionHistoryRepository history;
  private final RecordLock lock;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Profiles(
      ProfileSectionRepository sections,
      ProfileSectionHistoryRepository history,
      RecordLock lock,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sections = sections;
    this.history = history;
    this.lock = lock;
    this.events = events;
    this.clock = clock;
  }

  /** All four sections in order; one not yet written has no text. */
  public List<ProfileSectionView> sections(AccessibleChild child) {
    Map<ProfileSectionKind, ProfileSectionView> written =
        sections.findByKeyChildId(child.id()).stream()
            .map(ProfileSection::view)
            .collect(Collectors.toMap(ProfileSectionView::section, Function.identity()));
    return Arrays.stream(ProfileSectionKind.values())
        .map(kind -> written.getOrDefault(kind, new ProfileSectionView(kind, null, null, null, 0)))
        .toList();
  }

  /** Earlier texts of a section, newest first (the current text included). */
  public List<ProfileSectionView> history(AccessibleChild child, ProfileSectionKind section) {
    return history.findByChildIdAndSectionOrderByWrittenAtDescIdDesc(child.id(), section).stream()
        .map(ProfileSectionHistory::view)
        .toList();
  }

  /**
   * Writes a section. {@code version} is the version read (0 for a section never written); a stale
   * one is a conflict.
   */
  @Transactional
  public ProfileSectionView write(
      AccessibleChild person, ProfileSectionKind kind, String text, long version) {
    AccessibleChild child = lock.lock(person).require(Permission.EDIT_PROFILE);
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw ValidationProblem.of("text", "child.profile.error.missing");
    }
    if (body.length() > MAX_LENGTH) {
      throw ValidationProblem.of("text", "child.profile.error.tooLong");
    }
    ProfileSection section =
        sections
            .findById(new ProfileSection.Key(child.id(), kind))
            .orElseGet(() -> new ProfileSection(child.id(), kind));
    EditConflict.check(version, section.version());
    Instant now = clock.instant();
    section.write(body, child.user().id(), child.user().displayName(), now);
    ProfileSection saved = sections.saveAndFlush(section);
    history.save(
        new ProfileSectionHistory(
            child.id(), kind, body, child.user().id(), child.user().displayName(), now));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                "audit.what.profile.written", words("child.profile.section." + kind.name()))));
    return saved.view();
  }
}
