package dev.flopex.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean" suggestions for a name that matched nothing: the known names closest to it by edit
 * distance (Levenshtein), ignoring case, spaces and punctuation, with names that contain the query
 * ranked as close. At most three, closest first; none when nothing is reasonably close.
 *
 * <pre>{@code
 * Suggestions.closest("us-virgina", List.of("us-virginia", "us-texas"));   // [us-virginia]
 * Suggestions.didYouMean("HGX-H10", ids);                                   // "; did you mean hgx-h100?"
 * }</pre>
 *
 * @since 0.2
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Returns a name in the form names are compared in: lower case, letters and digits only.
   *
   * @param name the name
   * @return e.g. {@code "hgxh100"} for {@code "HGX H100"}
   */
  public static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * Returns up to three of {@code names} closest to {@code query}.
   *
   * @param query what was asked for
   * @param names the known names
   * @return the suggestions, closest first
   */
  public static List<String> closest(String query, Collection<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String n : names) {
      byKey.putIfAbsent(normalise(n), n);
    }
    return closest(query, byKey);
  }

  /**
   * Returns up to three names closest to {@code query}, where several keys (an id and its aliases)
   * may stand for one name.
   *
   * @param query what was asked for
   * @param keyToName each normalised key ({@link #normalise}) and the name it stands for
   * @return the names, closest first, each once
   */
  public static List<String> closest(String query, Map<String, String> keyToName) {
    String q = normalise(query);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, String> e : keyToName.entrySet()) {
      String k = e.getKey();
      int d = distance(q, k);
      if (!q.isEmpty() && (k.startsWith(q) || k.contains(q))) {
        d = Math.min(d, 1);
      }
      scored.add(new Scored(e.getValue(), d));
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    int limit = Math.max(2, q.length() / 2);
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      if (s.score() <= limit && !out.contains(s.name())) {
        out.add(s.name());
      }
      if (out.size() == 3) {
        break;
      }
    }
    return out;
  }

  /**
   * Returns {@code "; did you mean a, b?"} for the closest names, or an empty string.
   *
   * @param query what was asked for
   * @param names the known names
   * @return the suffix for an error message
   */
  public static String didYouMean(String query, Collection<String> names) {
    List<String> c = closest(query, names);
    return c.isEmpty() ? "" : "; did you mean " + String.join(", ", c) + "?";
  }

  /**
   * Returns the rule for a name outside a known set: {@code "must be one of a, b, c; did you mean
   * b?"}, the suggestion only when a name is close.
   *
   * @param query what was asked for
   * @param names the known names, in the order to list them
   * @return the rule for a {@link ValidationException}
   */
  public static String oneOf(String query, Collection<String> names) {
    return "must be one of " + String.join(", ", names) + didYouMean(query, names);
  }

  /**
   * Returns the Levenshtein edit distance between two strings.
   *
   * @param a one string
   * @param b the other
   * @return the number of single-character insertions, deletions and substitutions
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
