package org.goldenthread.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A short guide for families, at {@code /guidance/{slug}}. Its words are messages under {@code
 * guidance.guide.<key>.}: a title, a summary for the index, a lead paragraph, and sections each
 * with a heading, a paragraph ({@code .text}, may be left out) and bullets ({@code .b1}, {@code
 * .b2} …). The guide on tricky conversations lives with disagreements, at its own address.
 */
public enum Guide {
  MEETINGS("preparing-for-a-meeting", "meeting", 4, 0, 0, 0),
  QUESTIONS("questions-to-ask", "questions", 4, 4, 4),
  RECORDS("keeping-records", "records", 4, 0, 0, 0),
  ASSESSMENT("asking-for-an-ehc-needs-assessment", "assessment", 0, 0, 0, 0, 0),
  THINGS_GO_WRONG("when-things-go-wrong", "wrong", 0, 0, 0, 0, 0);

  /** The guide on tricky conversations, which disagreements keep. */
  public static final String TRICKY_CONVERSATIONS = "/guidance/tricky-conversations";

  private final String slug;
  private final String key;
  private final int[] bullets;

  Guide(String slug, String key, int... bullets) {
    this.slug = slug;
    this.key = key;
    this.bullets = bullets;
  }

  public String slug() {
    return slug;
  }

  public String href() {
    return "/guidance/" + slug;
  }

  /** The start of its message keys: {@code guidance.guide.meeting.} */
  public String keys() {
    return "guidance.guide." + key + ".";
  }

  public String titleKey() {
    return keys() + "title";
  }

  public String summaryKey() {
    return keys() + "summary";
  }

  public String leadKey() {
    return keys() + "lead";
  }

  /** One section of the guide: the keys of its heading, its paragraph and its bullets. */
  public record Section(String id, String headingKey, String textKey, List<String> bulletKeys) {}

  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    for (int s = 1; s <= bullets.length; s++) {
      String prefix = keys() + "s" + s;
      List<String> items = new ArrayList<>();
      for (int b = 1; b <= bullets[s - 1]; b++) {
        items.add(prefix + ".b" + b);
      }
      sections.add(new Section("section-" + s, prefix + ".heading", prefix + ".text", items));
    }
    return sections;
  }

  /** The other guides, for "more guidance" at the end of this one. */
  public List<Guide> others() {
    return Arrays.stream(values()).filter(g -> g != this).toList();
  }

  static Optional<Guide> of(String slug) {
    return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
  }
}
