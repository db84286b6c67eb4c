package org.goldenthread.identity;

/**
 * An invitation that cannot be sent, with the form field at fault and the message key explaining
 * why, so that a page can show the message beside the field.
 */
public class InvitationRefused extends RuntimeException {

  private final String field;
  private final String messageKey;

  public InvitationRefused(String field, String messageKey) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
