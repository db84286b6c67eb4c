package org.goldenthread.notification;

import java.util.List;

/** A plain-text body split into lines, with the web links marked so a page can make them links. */
public record MessageLines(String text, boolean link) {

  static List<MessageLines> of(String body) {
    return body.lines()
        .map(
            line ->
                new MessageLines(line, line.startsWith("https://") || line.startsWith("http://")))
        .toList();
  }
}
