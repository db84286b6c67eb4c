package org.goldenthread.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every way a glossary term is written, compiled into one trie of the forms (so a text is read
 * once, a few letters at each start of a word, never once per term), case-insensitive, whole words
 * only, the longest form first. A form with no small letter (EHCP, SEN, HI) is an abbreviation and
 * counts only when written in capitals, so that "send" or "hi" is never taken for SEND or HI. Built
 * once from the terms and shared by every page view until the terms change.
 */
final class TermIndex {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final TermIndex EMPTY = new TermIndex(List.of(), "");

  /** A term as the index needs it: where it lives, and the ways it is written. */
  record Term(String slug, String term, List<String> forms) {}

  private record Form(String slug, boolean capitalsOnly, String written) {}

  private final Node root;
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
    this.root = trie(byKey.keySet());
  }

  /** What tells whether the terms have changed since this index was built. */
  String stamp() {
    return stamp;
  }

  boolean isEmpty() {
    return root.children.isEmpty();
  }

  /** The name of the term with this slug, or null. */
  String termOf(String slug) {
    return terms.get(slug);
  }

  /** One place in a text where a term is written. */
  record Found(int start, int end, String slug) {}

  /**
   * Every place in the text where a term is written, in order, none overlapping: at each start of a
   * word, the trie is walked as far as the text follows it, and the longest form that ends at the
   * end of a word is taken. One pass over the text, a few steps at each word.
   */
  List<Found> find(CharSequence text) {
    List<Found> found = new ArrayList<>();
    if (root.children.isEmpty() || text == null || text.length() == 0) {
      return found;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = longestFormAt(text, i);
      if (end > 0) {
        String written = text.subSequence(i, end).toString();
        Form form = forms.get(key(written));
        if (form != null && (!form.capitalsOnly() || oneSpaced(written).equals(form.written()))) {
          found.add(new Found(i, end, form.slug()));
          i = end;
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /** Where the longest form starting at {@code start} ends (at the end of a word), or -1. */
  private int longestFormAt(CharSequence text, int start) {
    int n = text.length();
    Node node = root;
    int j = start;
    int longest = -1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c)) {
        node = node.children.get(' ');
        if (node == null) {
          break;
        }
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        continue;
      }
      node = node.children.get(Character.toLowerCase(c));
      if (node == null) {
        break;
      }
      j++;
      if (node.end && (j == n || !isWordChar(text.charAt(j)))) {
        longest = j;
      }
    }
    return longest;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String oneSpaced(String text) {
    return SPACES.matcher(text).replaceAll(" ");
  }

  private static String key(String form) {
    return oneSpaced(form).toLowerCase(Locale.ROOT);
  }

  /** The trie of the keys, one character a step (a space stands for any run of spaces). */
  private static Node trie(Collection<String> keys) {
    Node root = new Node();
    for (String key : keys) {
      Node node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
      }
      node.end = true;
    }
    return root;
  }

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>();
    boolean end;
  }
}
