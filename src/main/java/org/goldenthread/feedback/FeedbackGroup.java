package org.goldenthread.feedback;

import java.util.UUID;

/**
 * The answers of one school in one term, counted. A group of fewer than {@link
 * FeedbackFigures#SMALLEST_GROUP} families is suppressed: it carries no figures at all (not even
 * how many families), only that it is small.
 *
 * @param families how many families answered (children whose family gave at least one answer)
 * @param answers how many answers (a mother and a father answering about one meeting are two)
 */
public record FeedbackGroup(
    UUID schoolId,
    String schoolName,
    FeedbackTerm term,
    boolean suppressed,
    Integer families,
    Integer answers,
    Counts feltHeard,
    Counts knowsWhatNext) {

  /** How many answered yes, partly and no to one question, with each as a whole percentage. */
  public record Counts(int yes, int partly, int no) {

    public int total() {
      return yes + partly + no;
    }

    public int yesPercent() {
      return percent(yes);
    }

    public int partlyPercent() {
      return percent(partly);
    }

    public int noPercent() {
      return percent(no);
    }

    private int percent(int count) {
      return total() == 0 ? 0 : (int) Math.round(100.0 * count / total());
    }
  }
}
