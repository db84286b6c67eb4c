package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.child.Happened;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageLabels;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The English line the trail keeps, made without a Spring context. */
class HappenedWordsTests {

  private final HappenedWords words = new HappenedWords(new PageLabels(bundles(), new Dates()));

  @Test
  void aReadIsKeptInEnglish() {
    assertThat(words.inEnglish(Happened.of("audit.what.read", Happened.words("audit.part.plan"))))
        .isEqualTo("Looked at the plan");
  }

  @Test
  void aPartNoOneHasNamedIsStillRecordedByItsKey() {
    assertThat(
            words.inEnglish(Happened.of("audit.what.read", Happened.words("audit.part.new-page"))))
        .isEqualTo("audit.what.read");
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }
}
