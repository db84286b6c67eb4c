package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The plan's figures in words, as the pages show them. */
class PlanWordsTests {

  final PlanWords words = new PlanWords(messages());

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void minutesReadAsHoursAndMinutes() {
    assertThat(words.hours(0)).isEqualTo("0 minutes");
    assertThat(words.hours(1)).isEqualTo("1 minute");
    assertThat(words.hours(45)).isEqualTo("45 minutes");
    assertThat(words.hours(60)).isEqualTo("1 hour");
    assertThat(words.hours(90)).isEqualTo("1 hour 30 minutes");
    assertThat(words.hours(180)).isEqualTo("3 hours");
    assertThat(words.hours(1_500)).isEqualTo("25 hours");
  }

  @Test
  void costsReadInPoundsAndAMissingRateIsSaid() {
    assertThat(words.money(new BigDecimal("1218.75"))).isEqualTo("£1,218.75");
    assertThat(words.money(new BigDecimal("780.00"))).isEqualTo("£780.00");
    assertThat(words.money(null)).isEqualTo("Not costed yet");
  }

  @Test
  void howOftenReadsAsASentence() {
    ProvisionView group =
        Views.provision("Social skills group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 6);
    ProvisionView alone = Views.provision("Mentor", DelivererRole.OTHER, 1, 180, 1);
    assertThat(words.schedule(group))
        .isEqualTo("2 sessions a week, 30 minutes each, in a group of 6");
    assertThat(words.schedule(alone)).isEqualTo("1 session a week, 180 minutes each, one-to-one");
    assertThat(words.who(alone)).isEqualTo("Someone else");
  }

  @Test
  void whoGivesItNamesTheRoleOnceEvenWhenTheNameTypedAlreadySaysIt() {
    assertThat(words.who(named("Ellie Ward", DelivererRole.TEACHING_ASSISTANT)))
        .isEqualTo("Ellie Ward, teaching assistant");
    assertThat(words.who(named("Ellie Ward, Teaching Assistant", DelivererRole.TEACHING_ASSISTANT)))
        .isEqualTo("Ellie Ward, Teaching Assistant");
    assertThat(words.who(named("Ms Walsh, speech and language therapist", DelivererRole.THERAPIST)))
        .isEqualTo("Ms Walsh, speech and language therapist");
    assertThat(words.who(named("Bright Futures mentoring", DelivererRole.OTHER)))
        .isEqualTo("Bright Futures mentoring");
  }

  private static ProvisionView named(String name, DelivererRole role) {
    ProvisionView p = Views.provision("Help", role, 1, 30, 1);
    return new ProvisionView(
        p.id(),
        p.description(),
        name,
        role,
        p.sessionsPerWeek(),
        p.minutesPerSession(),
        p.groupSize(),
        p.startDate(),
        p.endDate(),
        p.weeklyMinutes(),
        p.annualCost(),
        p.outcomeIds(),
        p.addedAt(),
        p.version());
  }
}
