package org.goldenthread.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) that the application hands its mail to at once (no outbox), for
 * the tests of the mail people get. One server for the test JVM, on a free port: every test class
 * marked {@link WithMailServer} sends its mail there, and so they all share one application instead
 * of starting one each. Each such class starts with the server empty and finds its mail by the
 * addresses it made ({@link #mailbox()}).
 */
public final class MailServer {

  private static final GreenMail SHARED = started();

  private MailServer() {}

  /** The mail the shared server received. */
  public static Mailbox mailbox() {
    return new Mailbox(SHARED);
  }

  /** The settings that send an application's mail at once to the SMTP server on this port. */
  public static Map<String, String> settings(int port) {
    return Map.of(
        "goldenthread.mail.outbox-enabled", "false",
        "spring.mail.host", "localhost",
        "spring.mail.port", String.valueOf(port));
  }

  /**
   * A server of a test class's own, started before its tests and stopped after them, for a class
   * that runs applications of its own and counts every mail its server got.
   */
  public static GreenMailExtension ofItsOwn() {
    return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
  }

  private static GreenMail started() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /** Points the application at the shared server, before it starts. */
  public static class Settings
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "shared mail server",
                  Map.<String, Object>copyOf(settings(SHARED.getSmtp().getPort()))));
    }
  }

  /** Empties the shared server before a test class's tests. */
  public static class Emptied implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws FolderException {
      SHARED.purgeEmailFromAllMailboxes();
    }
  }
}
