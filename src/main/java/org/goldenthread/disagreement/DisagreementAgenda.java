package org.goldenthread.disagreement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.child.Profiles;
import org.goldenthread.child.Relationship;
import org.goldenthread.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda a meeting about a disagreement starts from, for the booking form to fill in: the
 * child's strengths (what people like and admire in the one-page profile) first, then the facts
 * already agreed (the decision letter's date, each stage so far with its outcome), the one issue to
 * talk about, clear actions, and when to follow up. The person booking reads and changes it.
 */
@Component
class DisagreementAgenda {

  /** An agenda item's most characters, as the meetings keep them; longer words are cut short. */
  static final int MOST = 300;

  /** The most stages named, so that the agenda stays short. */
  static final int MOST_STAGES = 5;

  private final Profiles profiles;
  private final MessageSource messages;
  private final Dates dates;

  DisagreementAgenda(Profiles profiles, MessageSource messages, Dates dates) {
    this.profiles = profiles;
    this.messages = messages;
    this.dates = dates;
  }

  /** Whether the person may book a meeting about the child (the SENCO or the lead professional). */
  static boolean mayBook(AccessibleChild child) {
    return child.grant().relationships().contains(Relationship.SENCO)
        || child.grant().relationships().contains(Relationship.LEAD_PROFESSIONAL);
  }

  List<String> items(AccessibleChild child, DisagreementView d) {
    String name = child.displayName();
    List<String> items = new ArrayList<>();
    String strengths =
        profiles.sections(child).stream()
            .filter(s -> s.section() == ProfileSectionKind.LIKE_AND_ADMIRE)
            .map(ProfileSectionView::text)
            .filter(text -> text != null && !text.isBlank())
            .findFirst()
            .orElse(null);
    items.add(
        strengths == null
            ? text("disagreement.agenda.strengths", name)
            : text("disagreement.agenda.strengthsFromProfile", name, oneLine(strengths)));
    items.add(text("disagreement.agenda.about", text("disagreement.about." + d.about())));
    if (d.decisionLetterOn() != null) {
      items.add(text("disagreement.agenda.letter", dates.date(d.decisionLetterOn())));
    }
    d.stages().stream()
        .limit(MOST_STAGES)
        .forEach(
            stage ->
                items.add(
                    stage.outcome() == null
                        ? text(
                            "disagreement.agenda.stage",
                            text("disagreement.stage." + stage.stage()),
                            dates.date(stage.startedOn()))
                        : text(
                            "disagreement.agenda.stageOutcome",
                            text("disagreement.stage." + stage.stage()),
                            dates.date(stage.startedOn()),
                            oneLine(stage.outcome()))));
    items.add(text("disagreement.agenda.issue", oneLine(d.summary())));
    items.add(text("disagreement.agenda.actions"));
    items.add(text("disagreement.agenda.followUp"));
    return items.stream().map(DisagreementAgenda::cut).toList();
  }

  /** The booking form's address, started with this agenda. */
  String bookingLink(AccessibleChild child, DisagreementView d) {
    StringBuilder link =
        new StringBuilder("/children/" + child.id() + "/meetings/new?kind=TEAM_MEETING");
    for (String item : items(child, d)) {
      link.append("&agenda=").append(URLEncoder.encode(item, StandardCharsets.UTF_8));
    }
    return link.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String cut(String item) {
    return item.length() <= MOST ? item : item.substring(0, MOST - 1).strip() + "…";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
