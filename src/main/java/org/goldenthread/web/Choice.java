package org.goldenthread.web;

import java.util.Arrays;
import java.util.List;

/**
 * One option of a radios, checkboxes or select fragment: the {@code items} of the GOV.UK macros.
 *
 * <p>Either give the text here ({@link #of(String, String)}), or give only values ({@link
 * #ofValues(Enum[])}) and let the fragment look the text up with its {@code textKeyPrefix}
 * parameter: the text is the message {@code textKeyPrefix + value} and the hint, if that message
 * exists, {@code textKeyPrefix + value + ".hint"}.
 *
 * @param value the submitted value (an enum constant's name for enum fields)
 * @param text the label text, or null to look it up by key
 * @param hint a hint under the label, or null
 * @param divider this is not an option but the divider text between options ("or")
 * @param exclusive a checkbox that unticks all the others ("None of these")
 */
public record Choice(String value, String text, String hint, boolean divider, boolean exclusive) {

  public static Choice of(String value, String text) {
    return new Choice(value, text, null, false, false);
  }

  public static Choice of(String value, String text, String hint) {
    return new Choice(value, text, hint, false, false);
  }

  /** A divider between options, for example "or" before "None of these". */
  public static Choice orDivider(String text) {
    return new Choice(null, text, null, true, false);
  }

  /** A checkbox that clears the others when ticked, for example "None of these". */
  public static Choice exclusiveOf(String value, String text) {
    return new Choice(value, text, null, false, true);
  }

  /** Options whose text the fragment looks up by {@code textKeyPrefix + value}. */
  public static List<Choice> ofValues(String... values) {
    return Arrays.stream(values).map(value -> of(value, null)).toList();
  }

  /** Options for enum constants, by name; the fragment looks the text up by key. */
  public static List<Choice> ofValues(Enum<?>... values) {
    return Arrays.stream(values).map(value -> of(value.name(), null)).toList();
  }
}
