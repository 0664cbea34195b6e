package cat.xmess.benchmarks;

import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * H2 in memory, with the schema and indexes a competent user would create: an initiative table
 * (primary key, unique id, indexed category), a facet table (one row per initiative, facet and
 * value, indexed both ways) and an inverted word table (folded, stemmed words, indexed by word then
 * initiative) because H2 has no accent-insensitive text search. Words are folded in Java with the
 * SDK's rule ({@link SdkFolding}), so that H2 matches the same words as the SDK; a prefix is a range
 * of the word index.
 *
 * <p>Every subquery carries its own fresh parameter ({@link #NONCE}): with the fresh value only in
 * the outer query, H2 reused the result of each per-word subquery from the previous call, and the
 * earlier figures measured that cache (0.03 to 5 ms) rather than the query (about 100 to 400 ms at
 * 100k). {@link #plan} shows the plan H2 chooses, for the report.
 */
public final class H2Engine implements Engine {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final float TITLE_WEIGHT = 3f;
  private static final int MAX_ARRAY = 50_000;
  /**
   * A condition on a parameter that changes at every call. H2 hands back the previous result of a
   * prepared query run again with the same parameters on unchanged tables, which would measure a
   * cache rather than the query (the SDK keeps no such cache).
   */
  private static final String NONCE = " AND ? >= 0";

  private long calls;
  /** Initiative ids by ord, read back from the table once, to name ranked ords without a join. */
  private final String[] idOf;

  private final Connection connection;
  private final PreparedStatement byId;
  private final PreparedStatement twoFilters;
  private final PreparedStatement facets;
  private final Map<String, PreparedStatement> textQueries = new ConcurrentHashMap<>();

  /** Loads {@code catalog} into a new in-memory database. */
  public H2Engine(Catalog catalog) throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:xmess" + DATABASES.incrementAndGet());
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TABLE initiative(ord INT PRIMARY KEY, id VARCHAR NOT NULL, "
          + "title VARCHAR NOT NULL, category VARCHAR NOT NULL)");
      ddl.execute("CREATE TABLE facet_value(ord INT NOT NULL, facet VARCHAR NOT NULL, val VARCHAR NOT NULL)");
      ddl.execute("CREATE TABLE word(word VARCHAR NOT NULL, ord INT NOT NULL, weight REAL NOT NULL)");
    }
    load(catalog);
    try (Statement ddl = connection.createStatement()) {
      // Indexes after the bulk load, as one does.
      ddl.execute("CREATE UNIQUE INDEX initiative_id ON initiative(id)");
      ddl.execute("CREATE INDEX initiative_category ON initiative(category, ord)");
      ddl.execute("CREATE INDEX facet_by_value ON facet_value(facet, val, ord)");
      ddl.execute("CREATE INDEX facet_by_initiative ON facet_value(ord)");
      ddl.execute("CREATE INDEX word_by_word ON word(word, ord)");
      ddl.execute("ANALYZE");
    }
    idOf = new String[catalog.initiatives().size()];
    try (Statement select = connection.createStatement();
        ResultSet rs = select.executeQuery("SELECT ord, id FROM initiative")) {
      while (rs.next()) {
        idOf[rs.getInt(1)] = rs.getString(2);
      }
    }
    byId = connection.prepareStatement("SELECT ord, id, title FROM initiative WHERE id = ?" + NONCE);
    twoFilters = connection.prepareStatement("SELECT i.id FROM initiative i "
        + "JOIN facet_value f ON f.ord = i.ord AND f.facet = 'theme' AND f.val = ? "
        + "WHERE i.category = ?" + NONCE + " ORDER BY i.ord");
    facets = connection.prepareStatement("SELECT f.facet, f.val, COUNT(*) FROM initiative i "
        + "JOIN facet_value f ON f.ord = i.ord WHERE i.category = ?" + NONCE + " GROUP BY f.facet, f.val");
  }

  private void load(Catalog catalog) throws SQLException {
    RecordTexts texts = new RecordTexts(catalog);
    // Rows go in as arrays through UNNEST, at most 50,000 rows a statement (H2 caps arrays at 65,536): H2 runs a JDBC
    // batch row by row, which took minutes for the tens of millions of word rows of 100k records.
    Rows initiatives = new Rows("INSERT INTO initiative SELECT * FROM UNNEST("
        + "CAST(? AS INT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY))", 4);
    Rows facets = new Rows("INSERT INTO facet_value SELECT * FROM UNNEST("
        + "CAST(? AS INT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY))", 3);
    Rows words = new Rows("INSERT INTO word SELECT * FROM UNNEST("
        + "CAST(? AS VARCHAR ARRAY), CAST(? AS INT ARRAY), CAST(? AS REAL ARRAY))", 3);
    int ord = 0;
    for (Initiative it : catalog.initiatives()) {
      initiatives.add(ord, it.id(), it.title().ca(), it.category());
      for (Map.Entry<cat.xmess.catalog.Facet, Set<String>> values : texts.facets(it).entrySet()) {
        for (String value : values.getValue()) {
          facets.add(ord, values.getKey().code(), value);
        }
      }
      for (Map.Entry<String, Float> w : weightedWords(it, texts).entrySet()) {
        words.add(w.getKey(), ord, w.getValue());
      }
      ord++;
    }
    initiatives.flush();
    facets.flush();
    words.flush();
  }

  /** Rows collected column by column and inserted as arrays. */
  private final class Rows {
    private final String sql;
    private final List<List<Object>> columns = new ArrayList<>();

    Rows(String sql, int width) {
      this.sql = sql;
      for (int i = 0; i < width; i++) {
        columns.add(new ArrayList<>());
      }
    }

    void add(Object... row) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        columns.get(i).add(row[i]);
      }
      if (columns.get(0).size() == MAX_ARRAY) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (columns.get(0).isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (int i = 0; i < columns.size(); i++) {
          insert.setObject(i + 1, columns.get(i).toArray());
          columns.get(i).clear();
        }
        insert.executeUpdate();
      }
    }
  }

  /** Each distinct word of the initiative once, weighted 3 when it is in the title, else 1. */
  private static Map<String, Float> weightedWords(Initiative it, RecordTexts texts) {
    Map<String, Float> words = new HashMap<>();
    for (String text : texts.texts(it)) {
      SdkFolding.terms(text).forEach(w -> words.putIfAbsent(w, 1f));
    }
    for (String title : RecordTexts.titles(it)) {
      SdkFolding.terms(title).forEach(w -> words.put(w, TITLE_WEIGHT));
    }
    return words;
  }

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public Object byId(String id) {
    try {
      byId.setString(1, id);
      byId.setLong(2, nonce());
      try (ResultSet rs = byId.executeQuery()) {
        return rs.next() ? rs.getString(3) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> twoFilters(String category, String theme) {
    try {
      twoFilters.setString(1, theme);
      twoFilters.setString(2, category);
      twoFilters.setLong(3, nonce());
      return ids(twoFilters);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> search(String text, String category, int limit) {
    return ranked(text, category, limit);
  }

  @Override
  public Map<String, Map<String, Integer>> facets(String category) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    try {
      facets.setString(1, category);
      facets.setLong(2, nonce());
      try (ResultSet rs = facets.executeQuery()) {
        while (rs.next()) {
          counts.computeIfAbsent(rs.getString(1), f -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  /** H2's plan (EXPLAIN) of the ranked query for {@code text}, filtered by {@code category} when not null. */
  public String plan(String text, String category) {
    List<String> words = SdkFolding.terms(text);
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql(words.size(), category != null))) {
      bind(explain, words, category, Integer.MAX_VALUE);
      try (ResultSet rs = explain.executeQuery()) {
        StringBuilder plan = new StringBuilder();
        while (rs.next()) {
          plan.append(rs.getString(1));
        }
        return plan.toString();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every query word must match a word of the initiative, exactly or (three letters or more) as a
   * prefix; ranked by the sum of each query word's best weight, then catalog order.
   */
  private List<String> ranked(String text, String category, int limit) {
    List<String> words = SdkFolding.terms(text);
    if (words.isEmpty()) {
      return List.of();
    }
    try {
      PreparedStatement query = textQueries.computeIfAbsent(
          words.size() + "/" + (category != null), k -> prepare(words.size(), category != null));
      bind(query, words, category, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          ids.add(idOf[rs.getInt(1)]);
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void bind(PreparedStatement query, List<String> words, String category, int limit) throws SQLException {
    int p = 1;
    for (String w : words) {
      // A prefix as a range of the index: LIKE with a parameter cannot use it (H2 only turns a
      // literal 'w%' into a range) and would scan the whole word table.
      query.setString(p++, w);
      query.setString(p++, w.length() >= 3 ? w + Character.MAX_VALUE : w);
      query.setLong(p++, nonce());
    }
    if (category != null) {
      query.setString(p++, category);
    }
    query.setLong(p++, nonce());
    query.setInt(p, limit);
  }

  private PreparedStatement prepare(int words, boolean filtered) {
    try {
      return connection.prepareStatement(sql(words, filtered));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sql(int words, boolean filtered) {
    List<String> perWord = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      perWord.add("SELECT ord, MAX(weight) AS w FROM word WHERE word >= ? AND word <= ?" + NONCE + " GROUP BY ord");
    }
    // The matching ords are ranked in the derived table alone and the category filter is a
    // primary-key lookup per match: joining the derived table to the initiative table let H2 pick
    // a nested loop that re-ran the word aggregation per initiative (minutes at 100k).
    String sql = "SELECT ord FROM (SELECT ord, SUM(w) AS s FROM (" + String.join(" UNION ALL ", perWord)
        + ") GROUP BY ord HAVING COUNT(*) = " + words + ") m WHERE "
        + (filtered ? "EXISTS (SELECT 1 FROM initiative i WHERE i.ord = m.ord AND i.category = ?) AND " : "")
        + "? >= 0 ORDER BY s DESC, ord LIMIT ?";
    return sql;
  }

  private long nonce() {
    return calls++;
  }

  private static List<String> ids(PreparedStatement statement) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
