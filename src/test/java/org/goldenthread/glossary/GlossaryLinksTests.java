package org.goldenthread.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The linker: the first use on a page of each term links to it, the longest way of writing it wins,
 * whole words only in any case (abbreviations only in capitals), and everything else is escaped.
 */
class GlossaryLinksTests {

  static final TermIndex INDEX =
      new TermIndex(
          List.of(
              new TermIndex.Term(
                  "ehc-plan",
                  "EHC plan (EHCP)",
                  List.of("EHC plan", "EHC plans", "EHCP", "education, health and care plan")),
              new TermIndex.Term(
                  "ehc-needs-assessment",
                  "EHC needs assessment",
                  List.of("EHC needs assessment", "needs assessment")),
              new TermIndex.Term("need", "Need", List.of("need", "needs")),
              new TermIndex.Term("send", "SEND", List.of("SEND")),
              new TermIndex.Term("sen-support", "SEN support", List.of("SEN support")),
              new TermIndex.Term("sen", "SEN", List.of("SEN", "special educational needs")),
              new TermIndex.Term("senco", "SENCO", List.of("SENCO", "SENCo")),
              new TermIndex.Term("outcome", "Outcome", List.of("outcome", "outcomes")),
              new TermIndex.Term(
                  "first-tier-tribunal", "Tribunal", List.of("Tribunal", "First-tier Tribunal"))),
          "test");

  private static GlossaryLinks links() {
    return new GlossaryLinks(INDEX);
  }

  private static Document html(String fragment) {
    return Jsoup.parseBodyFragment(fragment);
  }

  @Test
  void onlyTheFirstUseOnThePageIsLinked() {
    GlossaryLinks page = links();

    String first = page.link("The EHC plan says so. The ehc plan is reviewed.");
    String later = page.link("Another EHC plan, in a later part of the page.");

    assertThat(first)
        .isEqualTo(
            "The <a class=\"govuk-link\" href=\"/glossary/ehc-plan\">EHC plan</a> says so. The"
                + " ehc plan is reviewed.");
    assertThat(later).isEqualTo("Another EHC plan, in a later part of the page.");
    assertThat(page.isLinked("ehc-plan")).isTrue();
  }

  @Test
  void eachPageStartsAfresh() {
    links().link("An EHC plan");

    assertThat(links().link("An EHC plan")).contains("href=\"/glossary/ehc-plan\"");
  }

  @Test
  void theLongestWayOfWritingATermWins() {
    Document linked =
        html(
            links()
                .link(
                    "We asked for an EHC needs assessment of her special educational needs, then"
                        + " SEN support."));

    assertThat(linked.select("a").eachText())
        .containsExactly("EHC needs assessment", "special educational needs", "SEN support");
    assertThat(linked.select("a").eachAttr("href"))
        .containsExactly(
            "/glossary/ehc-needs-assessment", "/glossary/sen", "/glossary/sen-support");
  }

  @Test
  void termsMatchInAnyCaseAsWholeWordsOnly() {
    Document linked =
        html(
            links()
                .link("OUTCOMES matter; the outcomeless needless Tribunals, first-TIER tribunal."));

    assertThat(linked.select("a").eachText()).containsExactly("OUTCOMES", "first-TIER tribunal");
  }

  @Test
  void wordsAcrossALineBreakStillMatch() {
    assertThat(html(links().link("the EHC\n plan")).select("a").eachAttr("href"))
        .containsExactly("/glossary/ehc-plan");
  }

  @Test
  void abbreviationsCountOnlyInCapitals() {
    Document linked =
        html(links().link("Please send the notes; the senco and the SEND team, and the EHCP."));

    assertThat(linked.select("a").eachText()).containsExactly("senco", "SEND", "EHCP");
  }

  @Test
  void noLinkInsideAWord() {
    assertThat(links().link("Unneeded, needy, EHCPs2, resend, outcome_x"))
        .doesNotContain("<a")
        .isEqualTo("Unneeded, needy, EHCPs2, resend, outcome_x");
  }

  @Test
  void everythingButOurLinksIsEscaped() {
    String linked = links().link("<script>alert('x')</script> & the \"EHC plan\" <b>outcome</b>");

    assertThat(linked)
        .startsWith("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the &quot;")
        .contains("<a class=\"govuk-link\" href=\"/glossary/ehc-plan\">EHC plan</a>&quot;")
        .contains(
            "&lt;b&gt;<a class=\"govuk-link\" href=\"/glossary/outcome\">outcome</a>&lt;/b&gt;")
        .doesNotContain("<script", "<b>");
  }

  @Test
  void aTermMarkedLinkedIsNeverLinked() {
    GlossaryLinks page = links();
    page.linked("outcome");

    assertThat(page.link("An outcome")).isEqualTo("An outcome");
  }

  @Test
  void nothingToLinkIsAnEmptyTextAndNoTermsOnlyEscapes() {
    assertThat(links().link(null)).isEmpty();
    assertThat(new GlossaryLinks(TermIndex.EMPTY).link("An <EHC plan>"))
        .isEqualTo("An &lt;EHC plan&gt;");
  }

  @Test
  void theLinkerReadsALongTextInOnePass() {
    String sentence = "The child needs help with reading and has an EHC plan. ";
    long once = charactersReadToLink(sentence.repeat(1_000));
    long twice = charactersReadToLink(sentence.repeat(2_000));

    assertThat(twice)
        .as("twice the text is read in twice the steps, not four times")
        .isLessThanOrEqualTo(2 * once + sentence.length());
    assertThat(once).as("a few reads of each character").isLessThan(4L * sentence.length() * 1_000);
  }

  private static long charactersReadToLink(String text) {
    long[] reads = {0};
    CharSequence counted =
        new CharSequence() {
          @Override
          public int length() {
            return text.length();
          }

          @Override
          public char charAt(int index) {
            reads[0]++;
            return text.charAt(index);
          }

          @Override
          public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
          }

          @Override
          public String toString() {
            return text;
          }
        };
    assertThat(INDEX.find(counted)).hasSize(2 * text.split("EHC plan", -1).length - 2);
    return reads[0];
  }
}
