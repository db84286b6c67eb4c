package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.SummaryRow;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The booking form, for a new meeting and for changing one: the kinds of meeting, who is always
 * invited (the organiser and the parents, shown without a box to untick) and who else may be.
 */
@Component
class MeetingFormPage {

  static final String VIEW = "meeting/meeting-form";
  static final String FORM = "meetingForm";

  /** The service's field names that the form calls otherwise. */
  static final Map<String, String> FIELDS = Map.of("startsAt", "date");

  private final Meetings meetings;
  private final MeetingInput input;
  private final Children children;
  private final PageLabels labels;

  MeetingFormPage(Meetings meetings, MeetingInput input, Children children, PageLabels labels) {
    this.meetings = meetings;
    this.input = input;
    this.children = children;
    this.labels = labels;
  }

  /**
   * The form for a new meeting of the kind asked for, starting from the agenda given (at most as
   * many items, each as long, as an agenda may hold; an item that could not be kept is left out),
   * or the kind's default agenda when none is given.
   */
  MeetingForm blank(AccessibleChild child, String kind, List<String> agenda) {
    MeetingForm blank = blank(child);
    MeetingKind asked = PageForms.choice(MeetingKind.class, kind);
    if (asked == null && (agenda == null || agenda.isEmpty())) {
      return blank;
    }
    MeetingKind chosen = asked == null ? MeetingKind.SEN_SUPPORT_REVIEW : asked;
    List<String> items =
        agenda == null || agenda.isEmpty()
            ? meetings.defaultAgenda(child, chosen)
            : agenda.stream()
                .map(TextRules::tidy)
                .filter(item -> item != null && item.length() <= MeetingInput.MAX_AGENDA_ITEM)
                .filter(item -> TextRules.problem(item).isEmpty())
                .map(item -> item.replaceAll("\\s*\\R\\s*", " "))
                .limit(MeetingInput.MAX_AGENDA_ITEMS)
                .toList();
    return MeetingForm.of(
        chosen, blank.inviteeIds().stream().map(UUID::fromString).toList(), items);
  }

  /** The form for a new meeting, with the team ticked and the default agenda. */
  MeetingForm blank(AccessibleChild child) {
    List<UUID> others =
        meetings.invitable(child).stream()
            .filter(p -> !p.alwaysInvited() && !p.userId().equals(child.user().id()))
            .map(Invitable::userId)
            .toList();
    return MeetingForm.of(
        MeetingKind.SEN_SUPPORT_REVIEW,
        others,
        meetings.defaultAgenda(child, MeetingKind.SEN_SUPPORT_REVIEW));
  }

  /**
   * When the form could not be read, the service's own rules are checked as well, so that every
   * problem shows at once. Nothing is saved: only the checks run.
   */
  void alsoCheck(MeetingDetails details, BindingResult binding) {
    try {
      input.forNew(details);
    } catch (ValidationProblem problem) {
      List<ValidationProblem.FieldMessage> others =
          problem.errors().stream().filter(e -> !"startsAt".equals(e.field())).toList();
      if (!others.isEmpty()) {
        PageForms.reject(binding, new ValidationProblem(others), FIELDS);
      }
    }
  }

  /**
   * Shows the form.
   *
   * @param meeting the meeting being changed, or null for a new one
   */
  String show(AccessibleChild child, MeetingView meeting, Model model) {
    UUID organiserId = meeting == null ? child.user().id() : meeting.organiserId();
    String organiserName = meeting == null ? child.user().displayName() : meeting.organiserName();
    List<Invitable> people = meetings.invitable(child);
    List<Invitable> fixed = new ArrayList<>();
    fixed.add(
        people.stream()
            .filter(p -> p.userId().equals(organiserId))
            .findFirst()
            .orElse(new Invitable(organiserId, organiserName, null, true)));
    List<Choice> choices = new ArrayList<>();
    for (Invitable person : people) {
      if (person.userId().equals(organiserId)) {
        continue;
      }
      if (person.alwaysInvited()) {
        fixed.add(person);
      } else {
        choices.add(
            Choice.of(
                person.userId().toString(),
                person.name(),
                labels.choice("child.team.role.", person.role())));
      }
    }
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("meeting", meeting);
    model.addAttribute("editing", meeting != null);
    model.addAttribute("organiserId", organiserId);
    model.addAttribute("alwaysInvited", fixed);
    model.addAttribute("invitedByEmail", meetings.invitedByEmail(child));
    model.addAttribute("inviteeChoices", choices);
    model.addAttribute("kindChoices", Choice.ofValues(MeetingKind.values()));
    model.addAttribute(
        "formAction",
        meeting == null
            ? "/children/" + child.id() + "/meetings/new"
            : "/meetings/" + meeting.id() + "/edit");
    return VIEW;
  }

  /** What the person typed, for the conflict page. */
  List<SummaryRow> typed(MeetingForm form, AccessibleChild child) {
    List<String> names =
        meetings.invitable(child).stream()
            .filter(p -> form.inviteeIds() != null)
            .filter(p -> form.inviteeIds().contains(p.userId().toString()))
            .map(Invitable::name)
            .toList();
    return labels.rows(
        "meeting.form.kind.legend", labels.choice("meeting.kind.", form.kind()),
        "meeting.form.date.legend", labels.typed(form.date()),
        "meeting.form.time.label", form.time(),
        "meeting.form.duration.label", form.durationMinutes(),
        "meeting.form.location.label", form.location(),
        "meeting.form.invitees.legend", String.join("\n", names),
        "meeting.form.agenda.label", form.agenda());
  }
}
