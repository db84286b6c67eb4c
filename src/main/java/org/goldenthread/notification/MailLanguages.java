package org.goldenthread.notification;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.identity.Accounts;
import org.goldenthread.web.Language;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language a mail is written in: the recipient's own choice on their account, else the
 * preferred language on the family record (when it is one we write in), else English. Mail code
 * writes a letter inside {@link #writtenIn}, so that its words ({@link Language#current()}) and
 * dates ({@link org.goldenthread.web.Dates}) come out in that language.
 */
@Component
class MailLanguages {

  private final Accounts accounts;
  private final FamilyLetters family;

  MailLanguages(Accounts accounts, FamilyLetters family) {
    this.accounts = accounts;
    this.family = family;
  }

  /**
   * @param userId the recipient's account, or null when they have none
   * @param recordedLanguage the census code on the family entry the mail goes to, or null
   */
  Language of(UUID userId, String recordedLanguage) {
    Optional<Language> own = userId == null ? Optional.empty() : accounts.languageOf(userId);
    return own.or(() -> Optional.ofNullable(recordedLanguage).flatMap(Language::ofCensusCode))
        .or(
            () ->
                userId == null
                    ? Optional.empty()
                    : family.preferredLanguageOf(userId).flatMap(Language::ofCensusCode))
        .orElse(Language.ENGLISH);
  }

  /** Writes something in the language, then goes back to the one before. */
  static <T> T writtenIn(Language language, Supplier<T> write) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(language.locale());
    try {
      return write.get();
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }
}
