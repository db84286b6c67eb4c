package org.goldenthread.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory searched in the database, a page at a time: each word must be in the service's text
 * (English stemming, the name weighing most, then the summary, then the description), or, for a
 * word that names a need ({@link NeedWords}), in the text as any word of the same meaning or in the
 * service's needs; the filters hold together. Best matches first, then by name.
 */
@Component
class DirectorySearch {

  /** More words than anyone types into a search box are not searched for. */
  static final int MOST_WORDS = 12;

  private static final String COLUMNS =
      "s.id, s.name, s.summary, s.description, s.kind, s.needs, s.areas, s.languages, s.phone,"
          + " s.email, s.website, s.address, s.opening_times, s.cost, s.free, s.independent,"
          + " s.last_checked_on, s.version";

  private final JdbcClient sql;

  DirectorySearch(JdbcClient sql) {
    this.sql = sql;
  }

  /** One page of the services that match, and how many match in all. */
  PageOf<ServiceView> search(
      List<String> words, Filters filters, int page, int size, LocalDate today) {
    Where where = where(words, filters, today);
    long total =
        sql.sql("select count(*) from directory_service s where " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    if (total == 0) {
      return new PageOf<>(List.of(), page, size, 0);
    }
    List<Object> params = new ArrayList<>(where.rankParams);
    params.addAll(where.params);
    params.add(size);
    params.add((long) page * size);
    List<ServiceView> items =
        sql.sql(
                "select "
                    + COLUMNS
                    + ", "
                    + where.rank
                    + " as rank from directory_service s where "
                    + where.sql
                    + " order by rank desc, lower(s.name), s.id limit ? offset ?")
            .params(params)
            .query((rs, row) -> view(rs, today))
            .list();
    return new PageOf<>(items, page, size, total);
  }

  /** The query plan of a search, for the tests that check it runs in the index. */
  List<String> plan(List<String> words, Filters filters, LocalDate today) {
    Where where = where(words, filters, today);
    List<Object> params = new ArrayList<>(where.rankParams);
    params.addAll(where.params);
    return sql.sql(
            "explain select s.id, "
                + where.rank
                + " as rank from directory_service s where "
                + where.sql
                + " order by rank desc, lower(s.name), s.id limit 20")
        .params(params)
        .query(String.class)
        .list();
  }

  /** The postcode districts the directory names, in order: for the area choices. */
  List<String> districts() {
    return sql.sql(
            "select distinct area from directory_service, unnest(areas) area"
                + " where area !~ '^[0-9]{3}$' order by area")
        .query(String.class)
        .list();
  }

  /** The words of a search, lower case, letters and digits only, at most {@link #MOST_WORDS}. */
  static List<String> words(String typed) {
    if (typed == null) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && word.length() <= 60 && words.size() < MOST_WORDS) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  private static Where where(List<String> words, Filters filters, LocalDate today) {
    StringBuilder where = new StringBuilder("true");
    List<Object> params = new ArrayList<>();
    List<String> rankParts = new ArrayList<>();
    List<Object> rankParams = new ArrayList<>();
    Set<String> namedNeeds = new LinkedHashSet<>();
    for (String word : words) {
      NeedWords.Meaning meaning = NeedWords.of(word).orElse(null);
      if (meaning == null) {
        where.append(
            " and (numnode(plainto_tsquery('english', ?)) = 0"
                + " or s.search @@ plainto_tsquery('english', ?))");
        params.add(word);
        params.add(word);
        rankParts.add("plainto_tsquery('english', ?)");
        rankParams.add(word);
      } else {
        String alternatives = String.join(" or ", meaning.words());
        where.append(
            " and (s.search @@ websearch_to_tsquery('english', ?) or s.needs && ?::text[])");
        params.add(alternatives);
        params.add(meaning.needs().toArray(String[]::new));
        rankParts.add("websearch_to_tsquery('english', ?)");
        rankParams.add(alternatives);
        namedNeeds.addAll(meaning.needs());
      }
    }
    if (filters.need() != null) {
      where.append(" and s.needs @> array[?]::text[]");
      params.add(filters.need());
    }
    if (filters.areas() != null && !filters.areas().isEmpty()) {
      where.append(" and s.areas && ?::text[]");
      params.add(filters.areas().toArray(String[]::new));
    }
    if (filters.language() != null) {
      where.append(" and s.languages @> array[?]::text[]");
      params.add(filters.language());
    }
    if (filters.unchecked()) {
      where.append(" and s.last_checked_on <= ?");
      params.add(Directory.checkDueFrom(today));
    }
    String rank;
    if (rankParts.isEmpty()) {
      rank = "0";
    } else {
      rank = "ts_rank(s.search, " + String.join(" && ", rankParts) + ")";
      if (!namedNeeds.isEmpty()) {
        rank += " + case when s.needs && ?::text[] then 0.5 else 0 end";
        rankParams.add(namedNeeds.toArray(String[]::new));
      }
    }
    return new Where(where.toString(), params, rank, rankParams);
  }

  private static ServiceView view(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate checked = rs.getObject("last_checked_on", LocalDate.class);
    return new ServiceView(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("summary"),
        rs.getString("description"),
        SupportKind.valueOf(rs.getString("kind")),
        strings(rs.getArray("needs")),
        strings(rs.getArray("areas")),
        strings(rs.getArray("languages")),
        new Contact(
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("website"),
            rs.getString("address")),
        rs.getString("opening_times"),
        rs.getString("cost"),
        rs.getBoolean("free"),
        rs.getBoolean("independent"),
        checked,
        Directory.needsChecking(checked, today),
        rs.getLong("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /**
   * The filters, already checked: a need code, the areas any of which the service must serve (an
   * authority code or a postcode district), a language code; null for any.
   */
  record Filters(String need, List<String> areas, String language, boolean unchecked) {}

  private record Where(String sql, List<Object> params, String rank, List<Object> rankParams) {}
}
