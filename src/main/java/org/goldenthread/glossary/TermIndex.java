package org.goldenthread.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way a glossary term is written, compiled into one pattern: a trie of the forms (so the
 * pattern tries a few letters at each place in a text, not every term), case-insensitive, whole
 * words only, the longest form first. A form with no small letter (EHCP, SEN, HI) is an
 * abbreviation and counts only when written in capitals, so that "send" or "hi" is never taken for
 * SEND or HI. Built once from the terms and shared by every page view until the terms change.
 */
final class TermIndex {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final TermIndex EMPTY = new TermIndex(List.of(), "");

  /** A term as the index needs it: where it lives, and the ways it is written. */
  record Term(String slug, String term, List<String> forms) {}

  private record Form(String slug, boolean capitalsOnly, String written) {}

  private static final String LETTER_OR_DIGIT = "[\\p{L}\\p{N}_]";

  private final Pattern pattern;
  private final Map<String, Form> forms;
  private final Map<String, String> terms;
  private final String stamp;

  TermIndex(Collection<Term> all, String stamp) {
    this.stamp = stamp;
    Map<String, Form> byKey = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Term term : all) {
      names.put(term.slug(), term.term());
      for (String written : term.forms()) {
        String form = oneSpaced(written.strip());
        if (form.isEmpty()) {
          continue;
        }
        boolean capitalsOnly = form.chars().noneMatch(Character::isLowerCase);
        String key = key(form);
        Form earlier = byKey.get(key);
        // Written both ways ("SENCO" and "SENCo"): any case counts.
        byKey.put(
            key,
            new Form(
                term.slug(), capitalsOnly && (earlier == null || earlier.capitalsOnly()), form));
      }
    }
    this.forms = Map.copyOf(byKey);
    this.terms = Map.copyOf(names);
    this.pattern = byKey.isEmpty() ? null : compile(byKey.keySet());
  }

  /** What tells whether the terms have changed since this index was built. */
  String stamp() {
    return stamp;
  }

  boolean isEmpty() {
    return pattern == null;
  }

  /** The name of the term with this slug, or null. */
  String termOf(String slug) {
    return terms.get(slug);
  }

  /** One place in a text where a term is written. */
  record Found(int start, int end, String slug) {}

  /** Every place in the text where a term is written, in order, none overlapping. */
  List<Found> find(CharSequence text) {
    List<Found> found = new ArrayList<>();
    if (pattern == null || text == null || text.length() == 0) {
      return found;
    }
    Matcher matcher = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      String written = matcher.group();
      Form form = forms.get(key(written));
      if (form != null && (!form.capitalsOnly() || oneSpaced(written).equals(form.written()))) {
        found.add(new Found(matcher.start(), matcher.end(), form.slug()));
        from = matcher.end();
      } else {
        from = matcher.start() + 1;
      }
    }
    return found;
  }

  private static String oneSpaced(String text) {
    return SPACES.matcher(text).replaceAll(" ");
  }

  private static String key(String form) {
    return oneSpaced(form).toLowerCase(Locale.ROOT);
  }

  /** The trie of the keys as a regular expression, with a whole-word boundary either side. */
  private static Pattern compile(Collection<String> keys) {
    Node root = new Node();
    for (String key : keys) {
      Node node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
      }
      node.end = true;
    }
    StringBuilder regex = new StringBuilder("(?<!" + LETTER_OR_DIGIT + ")(?:");
    root.appendTo(regex);
    regex.append(")(?!").append(LETTER_OR_DIGIT).append(')');
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static final class Node {
    final TreeMap<Character, Node> children = new TreeMap<>();
    boolean end;

    /** The alternatives below this node, each continuing greedily: the longest is tried first. */
    void appendTo(StringBuilder regex) {
      boolean many = children.size() > 1;
      if (many) {
        regex.append("(?:");
      }
      boolean first = true;
      for (Map.Entry<Character, Node> child : children.entrySet()) {
        if (!first) {
          regex.append('|');
        }
        first = false;
        char c = child.getKey();
        if (c == ' ') {
          regex.append("\\s+");
        } else if (Character.isLetterOrDigit(c)) {
          regex.append(c);
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
        Node next = child.getValue();
        if (!next.children.isEmpty()) {
          regex.append("(?:");
          next.appendTo(regex);
          regex.append(')');
          if (next.end) {
            regex.append('?');
          }
        }
      }
      if (many) {
        regex.append(')');
      }
    }
  }
}
