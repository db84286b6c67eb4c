package org.goldenthread.inbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import tools.jackson.databind.JsonNode;

/**
 * A change of notification preferences as the API receives it: an object naming some of the kinds
 * with a choice each. An unknown kind, or a value that is not a choice, is a problem naming the
 * kind as sent (a name that is no plain word, a hostile one, is named "kind" instead of repeated
 * back).
 */
final class PreferenceChanges {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_]{1,40}");

  private PreferenceChanges() {}

  static Map<InboxKind, EmailChoice> read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ValidationProblem.of("preferences", "inbox.preferences.error.body");
    }
    Map<InboxKind, EmailChoice> changes = new EnumMap<>(InboxKind.class);
    List<FieldMessage> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      InboxKind kind = kind(field.getKey());
      String name = PLAIN.matcher(field.getKey()).matches() ? field.getKey() : "kind";
      if (kind == null) {
        problems.add(new FieldMessage(name, "inbox.preferences.error.kind"));
        continue;
      }
      EmailChoice choice = field.getValue().isString() ? choice(field.getValue().asString()) : null;
      if (choice == null) {
        problems.add(new FieldMessage(name, "inbox.preferences.error.choice"));
      } else {
        changes.put(kind, choice);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return changes;
  }

  private static InboxKind kind(String name) {
    for (InboxKind kind : InboxKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  private static EmailChoice choice(String value) {
    for (EmailChoice choice : EmailChoice.values()) {
      if (choice.name().equals(value)) {
        return choice;
      }
    }
    return null;
  }
}
