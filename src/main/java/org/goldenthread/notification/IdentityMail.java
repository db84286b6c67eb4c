package org.goldenthread.notification;

import java.time.Instant;
import java.util.Locale;
import org.goldenthread.identity.InvitationIssued;
import org.goldenthread.identity.PasswordChanged;
import org.goldenthread.identity.PasswordResetRequested;
import org.goldenthread.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The emails that identity's events call for: invitations, reset links, password changes. */
@Component
class IdentityMail {

  private final MailDelivery delivery;
  private final MessageSource messages;
  private final OrganisationNames organisations;
  private final Dates dates;

  IdentityMail(
      MailDelivery delivery, MessageSource messages, OrganisationNames organisations, Dates dates) {
    this.delivery = delivery;
    this.messages = messages;
    this.organisations = organisations;
    this.dates = dates;
  }

  @ApplicationModuleListener
  void on(InvitationIssued event) {
    String role = text("mail.role." + event.role().name());
    String where =
        organisations.nameOf(event.organisationId()).map(name -> " (" + name + ")").orElse("");
    delivery.deliver(
        new MailMessage(
            event.email(),
            text("mail.invitation.subject"),
            text(
                "mail.invitation.body",
                event.name(),
                role + where,
                event.link(),
                when(event.expiresAt()))));
  }

  @ApplicationModuleListener
  void on(PasswordResetRequested event) {
    delivery.deliver(
        new MailMessage(
            event.email(),
            text("mail.passwordReset.subject"),
            text("mail.passwordReset.body", event.name(), event.link(), when(event.expiresAt()))));
  }

  @ApplicationModuleListener
  void on(PasswordChanged event) {
    delivery.deliver(
        new MailMessage(
            event.email(),
            text("mail.passwordChanged.subject"),
            text("mail.passwordChanged.body", event.name())));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  private String when(Instant instant) {
    return dates.dateTime(instant);
  }
}
