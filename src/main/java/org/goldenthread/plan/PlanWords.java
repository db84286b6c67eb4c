package org.goldenthread.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.goldenthread.web.TemplateObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan's figures as people read them, for the plan pages ({@code ${#planWords.hours(90)}}): "1
 * hour 30 minutes", "£1,520.00", "2 sessions a week, 30 minutes each, in a group of 6".
 */
@Component
public class PlanWords implements TemplateObject {

  /** How much of an item's words a link or a list names it by. */
  static final int SHORT = 80;

  private final MessageSource messages;

  PlanWords(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String templateName() {
    return "planWords";
  }

  /** Minutes as hours and minutes: "2 hours", "45 minutes", "1 hour 30 minutes". */
  public String hours(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return text("plan.words.minutes", rest);
    }
    String whole = text("plan.words.hours", hours);
    return rest == 0 ? whole : whole + " " + text("plan.words.minutes", rest);
  }

  /** Pounds and pence; "Not costed yet" while the school has no rate for the role. */
  public String money(BigDecimal pounds) {
    if (pounds == null) {
      return text("plan.words.notCosted");
    }
    return NumberFormat.getCurrencyInstance(Locale.UK).format(pounds);
  }

  /**
   * A provision's yearly cost; while nobody has said who delivers it, that it is not yet worked
   * out, and what to do about it.
   */
  public String cost(ProvisionView provision) {
    if (provision.costStatus() == CostStatus.WHO_DELIVERS_NOT_SAID) {
      return text("plan.words.costNotWorkedOut");
    }
    return money(provision.annualCost());
  }

  /** How often, how long and with how many: "2 sessions a week, 30 minutes each, one-to-one". */
  public String schedule(ProvisionView provision) {
    return text(
        "plan.words.schedule",
        provision.sessionsPerWeek(),
        provision.minutesPerSession(),
        provision.groupSize());
  }

  /**
   * Who gives the support: "Mrs Khan, teaching assistant", "A teaching assistant", or for someone
   * in no costed role just their name.
   */
  public String who(ProvisionView provision) {
    DelivererRole role = provision.deliveredByRole();
    if (role == null) {
      return provision.deliveredBy() == null
          ? text("plan.words.whoNotSaid")
          : provision.deliveredBy();
    }
    if (provision.deliveredBy() == null) {
      return text("plan.role." + role.name());
    }
    String roleWords = role == DelivererRole.OTHER ? null : text("plan.role.named." + role);
    if (roleWords == null || mentions(provision.deliveredBy(), roleWords)) {
      return provision.deliveredBy();
    }
    return text("plan.facts.whoNamed", provision.deliveredBy(), roleWords);
  }

  /** Whether the name as typed already says the role ("Ellie Ward, teaching assistant"). */
  private static boolean mentions(String name, String roleWords) {
    return name.toLowerCase(Locale.ROOT).contains(roleWords.toLowerCase(Locale.ROOT));
  }

  /** The colour of an outcome's progress tag: calm colours, none of them alarming. */
  public String statusColour(OutcomeStatus status) {
    return switch (status) {
      case NOT_STARTED -> "govuk-tag--grey";
      case IN_PROGRESS -> "govuk-tag--light-blue";
      case ACHIEVED -> "govuk-tag--green";
      case PARTLY_ACHIEVED -> "govuk-tag--teal";
      case NOT_ACHIEVED -> "govuk-tag--purple";
    };
  }

  /** The start of an item's words, to name it in a link or a list. */
  public String shortened(String words) {
    return Items.shortened(words, SHORT);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
