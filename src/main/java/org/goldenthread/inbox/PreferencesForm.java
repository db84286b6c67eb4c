package org.goldenthread.inbox;

import java.util.EnumMap;
import java.util.Map;

/** The notification preferences page: a choice of email for each kind, by the kind's field name. */
record PreferencesForm(
    String meeting,
    String action,
    String deadline,
    String evidence,
    String view,
    String request,
    String message,
    String provisionChange,
    String concern,
    String disagreement) {

  static PreferencesForm of(Map<InboxKind, EmailChoice> choices) {
    return new PreferencesForm(
        name(choices.get(InboxKind.MEETING)),
        name(choices.get(InboxKind.ACTION)),
        name(choices.get(InboxKind.DEADLINE)),
        name(choices.get(InboxKind.EVIDENCE)),
        name(choices.get(InboxKind.VIEW)),
        name(choices.get(InboxKind.REQUEST)),
        name(choices.get(InboxKind.MESSAGE)),
        name(choices.get(InboxKind.PROVISION_CHANGE)),
        name(choices.get(InboxKind.CONCERN)),
        name(choices.get(InboxKind.DISAGREEMENT)));
  }

  /** The value sent for the kind, as it came. */
  String valueOf(InboxKind kind) {
    return switch (kind) {
      case MEETING -> meeting;
      case ACTION -> action;
      case DEADLINE -> deadline;
      case EVIDENCE -> evidence;
      case VIEW -> view;
      case REQUEST -> request;
      case MESSAGE -> message;
      case PROVISION_CHANGE -> provisionChange;
      case CONCERN -> concern;
      case DISAGREEMENT -> disagreement;
    };
  }

  /** The choices sent that are choices; a kind sent with none, or a wrong one, is left out. */
  Map<InboxKind, EmailChoice> choices() {
    Map<InboxKind, EmailChoice> chosen = new EnumMap<>(InboxKind.class);
    for (InboxKind kind : InboxKind.values()) {
      for (EmailChoice choice : EmailChoice.values()) {
        if (choice.name().equals(valueOf(kind))) {
          chosen.put(kind, choice);
        }
      }
    }
    return chosen;
  }

  private static String name(EmailChoice choice) {
    return choice == null ? null : choice.name();
  }
}
