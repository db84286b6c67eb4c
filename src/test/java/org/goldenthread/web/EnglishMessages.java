package org.goldenthread.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The English bundle as written, for tests that check the keys the code looks up exist. */
public final class EnglishMessages {

  public static final Path FILE = Path.of("src/main/resources/messages.properties");

  private EnglishMessages() {}

  public static Properties load() {
    Properties messages = new Properties();
    try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      messages.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }
}
