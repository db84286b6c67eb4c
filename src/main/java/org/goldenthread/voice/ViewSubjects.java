package org.goldenthread.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.PlanItem;
import org.goldenthread.plan.PlanView;
import org.goldenthread.plan.Plans;
import org.goldenthread.web.Dates;
import org.goldenthread.web.TextRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a view of a child can be about, named in words: the items of the child's plan as it stands
 * (through the plan's public API) and the child's meetings (through {@link ViewMeetings}, which the
 * meetings implement: they link views, so this module may not use theirs).
 */
@Component
class ViewSubjects {

  private static final int QUOTED = 70;

  private static final int MEETINGS = 50;

  private final Plans plans;
  private final ViewMeetings meetings;
  private final MessageSource messages;
  private final Dates dates;

  ViewSubjects(Plans plans, ViewMeetings meetings, MessageSource messages, Dates dates) {
    this.plans = plans;
    this.meetings = meetings;
    this.messages = messages;
    this.dates = dates;
  }

  /** Something a view can be about: its kind, id and name. */
  record Subject(AboutKind kind, UUID id, String name) {}

  /** The child's plan items, in thread order, then their meetings, newest first. */
  List<Subject> of(AccessibleChild child) {
    List<Subject> all = new ArrayList<>(planItems(child));
    all.addAll(meetings(child));
    return all;
  }

  /** The subject with this id among those of this kind, or empty when the child has none such. */
  Optional<Subject> find(AccessibleChild child, AboutKind kind, UUID id) {
    List<Subject> among = kind == AboutKind.PLAN_ITEM ? planItems(child) : meetings(child);
    return among.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  List<Subject> planItems(AccessibleChild child) {
    PlanView plan = plans.plan(child);
    List<PlanItem> items = new ArrayList<>();
    items.addAll(plan.aspirations());
    items.addAll(plan.needs());
    items.addAll(plan.outcomes());
    items.addAll(plan.provisions());
    items.addAll(plan.strategies());
    return items.stream()
        .map(
            item ->
                new Subject(
                    AboutKind.PLAN_ITEM,
                    item.id(),
                    message("plan.kind." + item.kind().name())
                        + ": "
                        + TextRules.inShort(item.words(), QUOTED)))
        .toList();
  }

  List<Subject> meetings(AccessibleChild child) {
    return meetings.of(child, MEETINGS).stream()
        .map(
            meeting ->
                new Subject(
                    AboutKind.MEETING,
                    meeting.id(),
                    message("meeting.kind." + meeting.kind())
                        + ", "
                        + dates.date(meeting.startsAt())))
        .toList();
  }

  private String message(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
