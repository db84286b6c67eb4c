package org.goldenthread.family;

import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.web.Language;
import org.springframework.stereotype.Service;

/**
 * The language to write to someone in, when they are not reading a page (a mail, an inbox item):
 * the language they chose on their account, else the preferred language on the family record (when
 * it is one we write in), else English.
 */
@Service
public class ReaderLanguages {

  private final Accounts accounts;
  private final FamilyMemberRepository members;

  ReaderLanguages(Accounts accounts, FamilyMemberRepository members) {
    this.accounts = accounts;
    this.members = members;
  }

  /** Someone with an account: their own choice, else the family record's, else English. */
  public Language of(UUID userId) {
    return of(userId, null);
  }

  /**
   * @param userId the reader's account, or null when they have none
   * @param recordedLanguage the census code on the family entry written to, or null
   */
  public Language of(UUID userId, String recordedLanguage) {
    Optional<Language> own = userId == null ? Optional.empty() : accounts.languageOf(userId);
    return own.or(() -> Optional.ofNullable(recordedLanguage).flatMap(Language::ofCensusCode))
        .or(() -> userId == null ? Optional.empty() : recorded(userId))
        .orElse(Language.ENGLISH);
  }

  private Optional<Language> recorded(UUID userId) {
    return members.preferredLanguagesOf(userId).stream()
        .map(Language::ofCensusCode)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
