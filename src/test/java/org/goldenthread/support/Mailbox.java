package org.goldenthread.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail a GreenMail server received, read as the person it went to would read it. */
public final class Mailbox {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

  private final GreenMailOperations smtp;

  public Mailbox(GreenMailOperations smtp) {
    this.smtp = smtp;
  }

  /** Every mail to the address, oldest first. */
  public List<MimeMessage> to(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(email))
        .toList();
  }

  /** The mail to the address that matches, once one has arrived (the first of them). */
  public MimeMessage awaitOne(String email, Predicate<MimeMessage> which) {
    await().atMost(Duration.ofSeconds(30)).until(() -> to(email).stream().anyMatch(which));
    return to(email).stream().filter(which).findFirst().orElseThrow();
  }

  /** A mail whose subject starts with this and names this. */
  public static Predicate<MimeMessage> subject(String startsWith, String naming) {
    return m -> subject(m).startsWith(startsWith) && subject(m).contains(naming);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of a message, multipart or not (attachments left out). */
  public static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String plain) {
        return plain.replace("\r\n", "\n");
      }
      StringBuilder out = new StringBuilder();
      collectText((Multipart) content, out);
      return out.toString().replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attached calendar file, or null. */
  public static String calendar(MimeMessage message) {
    try {
      if (!(message.getContent() instanceof Multipart parts)) {
        return null;
      }
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/calendar")) {
          return new String(part.getInputStream().readAllBytes(), "UTF-8");
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The paths of the links in a text, in order: "/meetings/…", "/invitations/…". */
  public static List<String> links(String text) {
    Matcher matcher = LINK.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static void collectText(Multipart parts, StringBuilder out)
      throws MessagingException, IOException {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain") && part.getFileName() == null) {
        out.append(part.getContent());
      } else if (part.getContent() instanceof Multipart inner) {
        collectText(inner, out);
      }
    }
  }

  private static jakarta.mail.Address[] recipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
