package org.goldenthread.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSender;

/**
 * Issue 10, rule 2: every mail about a child leaves through {@link ChildMail}, the one place that
 * asks the child's door whether its recipient may see the child at the moment of sending. No other
 * class queues mail, except the one named exception below, whose mail is about an account and never
 * about a child; only the queue's sender hands mail to the delivery; and nothing sends mail around
 * the delivery.
 */
@AnalyzeClasses(packages = "org.goldenthread", importOptions = ImportOption.DoNotIncludeTests.class)
class ChildMailArchitectureTests {

  private static final String HERE = "org.goldenthread.notification.";
  private static final String CHILD_MAIL = HERE + "ChildMail";

  /**
   * The named exception: invitations to join, password reset links and "your password changed",
   * about a person's account, sent before or apart from any relationship to a child.
   */
  private static final String ACCOUNT_MAIL = HERE + "IdentityMail";

  /** The only class that talks to an SMTP server. */
  private static final String SMTP = HERE + "SmtpDelivery";

  /** The only class that writes the mail queue (the outbox). */
  private static final String QUEUE = HERE + "MailQueue";

  /** The only class that hands queued mail to the delivery. */
  private static final String SENDER = HERE + "MailQueueSender";

  private static final DescribedPredicate<JavaMethodCall> QUEUES_MAIL =
      DescribedPredicate.describe(
          "MailQueue.enqueue",
          call -> call.getName().equals("enqueue") && call.getTargetOwner().isAssignableTo(QUEUE));

  private static final DescribedPredicate<JavaMethodCall> DELIVERS_MAIL =
      DescribedPredicate.describe(
          "MailDelivery.deliver (on the interface or an implementation)",
          call ->
              call.getName().equals("deliver")
                  && call.getTargetOwner().isAssignableTo(HERE + "MailDelivery"));

  @ArchTest
  static final ArchRule onlyChildMailAndTheAccountMailQueueMail =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(CHILD_MAIL)
          .and()
          .doNotHaveFullyQualifiedName(ACCOUNT_MAIL)
          .should()
          .callMethodWhere(QUEUES_MAIL)
          .because("mail about a child must pass the check in ChildMail");

  @ArchTest
  static final ArchRule onlyTheSenderDelivers =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(SENDER)
          .should()
          .callMethodWhere(DELIVERS_MAIL)
          .because("mail leaves once, from the queue, in the transaction that claims it");

  @ArchTest
  static final ArchRule childMailAsksTheChildsDoorAndQueues =
      classes()
          .that()
          .haveFullyQualifiedName(CHILD_MAIL)
          .should()
          .callMethod(ChildAccess.class, "grant", CurrentUser.class, UUID.class)
          .andShould()
          .callMethodWhere(QUEUES_MAIL);

  @ArchTest
  static final ArchRule theAccountMailKnowsNothingOfChildren =
      classes()
          .that()
          .haveFullyQualifiedName(ACCOUNT_MAIL)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.goldenthread.identity..",
              "org.goldenthread.notification..",
              "org.goldenthread.web..",
              "java..",
              "org.springframework..")
          .because("the exception holds only for mail about an account, never about a child");

  @ArchTest
  static final ArchRule nothingSendsMailAroundTheDelivery =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(SMTP)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(MailSender.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.mail..");

  @ArchTest
  static final ArchRule onlyTheQueueWritesTheOutbox =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(QUEUE)
          .should()
          .callConstructor(
              HERE + "OutboxMessage", HERE + "MailMessage", "java.lang.String", "java.time.Instant")
          .orShould()
          .callConstructor(
              HERE + "OutboxAttachment", "java.util.UUID", "int", HERE + "MailAttachment");

  @Test
  void theRuleCatchesAListenerThatMailsWithoutAskingTheDoor() {
    assertThat(
            onlyChildMailAndTheAccountMailQueueMail
                .evaluate(new ClassFileImporter().importClasses(MailAroundTheDoor.class))
                .hasViolation())
        .isTrue();
  }
}
