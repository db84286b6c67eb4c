package org.goldenthread.organisation;

import java.util.List;
import org.goldenthread.web.Choice;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The box on a school's or authority's form that makes its SENCOs or officers use two-factor
 * sign-in ({@link OrganisationTwoFactor} tells identity).
 */
final class StaffTwoFactor {

  static final String CHOICE = "twoFactorChoice";

  private StaffTwoFactor() {}

  /** The one checkbox, with the kind's own words for who must use it. */
  static void addChoice(Model model, MessageSource messages, String itemKey) {
    model.addAttribute(
        CHOICE,
        List.of(
            Choice.of(
                "true",
                Labels.text(messages, itemKey),
                Labels.text(messages, "organisation.twoFactor.hint"))));
  }

  /** What was typed, for "the changes you made" beside a stale edit. */
  static String typed(MessageSource messages, Boolean ticked) {
    return Labels.text(
        messages,
        Boolean.TRUE.equals(ticked)
            ? "organisation.twoFactor.required"
            : "organisation.twoFactor.notRequired");
  }
}
