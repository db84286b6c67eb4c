package org.goldenthread.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The languages Golden Thread is written in. Each has its own message bundle ({@code
 * messages_cy.properties} and so on; English is {@code messages.properties}), a language tag for
 * {@code <html lang>}, a writing direction, and the DfE census code a family record uses for it.
 */
public enum Language {
  ENGLISH("en", "ENG", "English", false),
  WELSH("cy", "CYM", "Cymraeg", false),
  POLISH("pl", "POL", "Polski", false),
  URDU("ur", "URD", "اردو", true);

  private final String tag;
  private final String censusCode;
  private final String ownName;
  private final boolean rightToLeft;

  Language(String tag, String censusCode, String ownName, boolean rightToLeft) {
    this.tag = tag;
    this.censusCode = censusCode;
    this.ownName = ownName;
    this.rightToLeft = rightToLeft;
  }

  /** The language tag: {@code en}, {@code cy}, {@code pl}, {@code ur}. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself ("Cymraeg"), as a language switcher shows it. */
  public String ownName() {
    return ownName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  /** The locale messages and dates are read in: British English for English. */
  public Locale locale() {
    return this == ENGLISH ? Locale.UK : Locale.forLanguageTag(tag);
  }

  /**
   * The language of a tag such as {@code cy}, {@code PL} or {@code ur-PK}, if it is one of ours.
   */
  public static Optional<Language> ofTag(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
  }

  /** The language a census code ({@code POL}) names, if we write in it. */
  public static Optional<Language> ofCensusCode(String code) {
    return Arrays.stream(values()).filter(l -> l.censusCode.equals(code)).findFirst();
  }

  /** The language of a locale, English when it is none of ours. */
  public static Language of(Locale locale) {
    return locale == null ? ENGLISH : ofTag(locale.getLanguage()).orElse(ENGLISH);
  }

  /**
   * Writes something in this language (its words from the bundles, its dates), then goes back to
   * the language before: for mail and inbox items, written in their reader's language.
   */
  public <T> T writing(Supplier<T> write) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(locale());
    try {
      return write.get();
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }

  /**
   * The language of the page or mail being written now: the request's, or the one a mail is written
   * in; English where neither chose one (a scheduled job), whatever the server's own locale.
   */
  public static Language current() {
    var context = LocaleContextHolder.getLocaleContext();
    return context == null ? ENGLISH : of(context.getLocale());
  }
}
