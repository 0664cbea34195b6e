package cat.xmess.benchmarks;

import cat.xmess.catalog.Facet;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene 9.12 in memory, set up as a Lucene committer would for this job:
 *
 * <ul>
 *   <li>the SDK's own text rule as analyzer ({@link SdkFolding}), so both match the same words;
 *   <li>BM25 (the default similarity) over a title field (boost 3) and a text field with everything
 *       else the SDK indexes; prefixes (three letters or more, like the SDK) through index-time edge
 *       n-grams in a third field (boost 0.6), so a prefix is one term lookup, never a rewrite;
 *   <li>top-k with {@code TopScoreDocCollectorManager(k, null, k)}: hits are counted only up to k,
 *       so block-max WAND can skip non-competitive documents;
 *   <li>ids from an array indexed by doc id (index sorted by catalog order, one segment after
 *       {@code forceMerge(1)}), not from doc values per hit;
 *   <li>facet counts with the facet module ({@link SortedSetDocValuesFacetCounts} over a reader
 *       state built once);
 *   <li>query cache off ({@code setQueryCache(null)}): the mix never repeats a query back to back,
 *       and the SDK keeps no cache either.
 * </ul>
 */
public final class LuceneEngine implements Engine {
  private static final String ID = "id";
  private static final String ORD = "ord";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String PREFIX = "prefix";
  private static final String CATEGORY = "category";
  private static final String THEME = "theme";
  private static final float TITLE_BOOST = 3f;
  private static final float PREFIX_BOOST = 0.6f;
  /** Longest edge n-gram: query words longer than this match whole terms only. */
  private static final int MAX_GRAM = 40;

  private final Analyzer analyzer = SdkFolding.analyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  /** The facets that some initiative has a value of (asking for another one is an error). */
  private final Set<String> indexed;
  /** Initiative id per doc id. */
  private final String[] idOf;

  /** Indexes {@code catalog}'s initiatives. */
  public LuceneEngine(Catalog catalog) throws IOException {
    for (Facet facet : Facet.values()) {
      facetsConfig.setMultiValued(facet.code(), true);
    }
    RecordTexts texts = new RecordTexts(catalog);
    Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(PREFIX, SdkFolding.prefixAnalyzer(MAX_GRAM)));
    IndexWriterConfig config = new IndexWriterConfig(perField)
        .setIndexSort(new Sort(new SortField(ORD, SortField.Type.INT)))
        .setRAMBufferSizeMB(256);
    List<Initiative> initiatives = catalog.initiatives();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int ord = 0; ord < initiatives.size(); ord++) {
        writer.addDocument(facetsConfig.build(document(ord, initiatives.get(ord), texts)));
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    indexed = Set.copyOf(facetState.getPrefixToOrdRange().keySet());
    idOf = new String[reader.maxDoc()];
    NumericDocValues ords = reader.leaves().get(0).reader().getNumericDocValues(ORD);
    for (int doc = ords.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ords.nextDoc()) {
      idOf[doc] = initiatives.get((int) ords.longValue()).id();
    }
  }

  private static Document document(int ord, Initiative it, RecordTexts texts) {
    Document doc = new Document();
    doc.add(new StringField(ID, it.id(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORD, ord));
    List<String> titles = RecordTexts.titles(it);
    titles.forEach(t -> doc.add(new TextField(TITLE, t, Field.Store.NO)));
    List<String> all = texts.texts(it);
    all.subList(titles.size(), all.size()).forEach(t -> doc.add(new TextField(TEXT, t, Field.Store.NO)));
    all.forEach(t -> doc.add(new TextField(PREFIX, t, Field.Store.NO)));
    for (Map.Entry<Facet, Set<String>> facet : texts.facets(it).entrySet()) {
      for (String value : facet.getValue()) {
        doc.add(new SortedSetDocValuesFacetField(facet.getKey().code(), value));
      }
    }
    doc.add(new StringField(CATEGORY, it.category(), Field.Store.NO));
    it.themes().forEach(t -> doc.add(new StringField(THEME, t, Field.Store.NO)));
    return doc;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public Object byId(String id) {
    List<String> found = top(new TermQuery(new Term(ID, id)), 1);
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public List<String> twoFilters(String category, String theme) {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CATEGORY, category)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(THEME, theme)), BooleanClause.Occur.FILTER)
        .build();
    // Unscored: every match, by doc id (= catalog order).
    List<String> ids = new ArrayList<>();
    try {
      searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
        private int base;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
          base = context.docBase;
        }

        @Override
        public void collect(int doc) {
          ids.add(idOf[base + doc]);
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
          return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  @Override
  public List<String> search(String text, String category, int limit) {
    BooleanQuery.Builder query = textQuery(text);
    if (category != null) {
      query.add(new TermQuery(new Term(CATEGORY, category)), BooleanClause.Occur.FILTER);
    }
    return top(query.build(), limit);
  }

  /** Every word must match (MUST): in the title, the text, or as a prefix. */
  private BooleanQuery.Builder textQuery(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : SdkFolding.terms(text)) {
      BooleanQuery.Builder one = new BooleanQuery.Builder()
          .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD);
      if (word.length() >= SdkFolding.MIN_PREFIX) {
        one.add(new BoostQuery(new TermQuery(new Term(PREFIX, word)), PREFIX_BOOST), BooleanClause.Occur.SHOULD);
      }
      all.add(one.build(), BooleanClause.Occur.MUST);
    }
    return all;
  }

  private List<String> top(Query query, int limit) {
    int k = Math.max(1, Math.min(limit, reader.maxDoc()));
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, null, k));
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        ids.add(idOf[hit.doc]);
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, Map<String, Integer>> facets(String category) {
    try {
      FacetsCollector hits = searcher.search(new TermQuery(new Term(CATEGORY, category)), new FacetsCollectorManager());
      Facets counts = new SortedSetDocValuesFacetCounts(facetState, hits);
      Map<String, Map<String, Integer>> facets = new HashMap<>();
      for (Facet facet : Facet.values()) {
        FacetResult result = indexed.contains(facet.code()) ? counts.getAllChildren(facet.code()) : null;
        if (result != null && result.labelValues.length > 0) {
          Map<String, Integer> byValue = new LinkedHashMap<>();
          for (LabelAndValue value : result.labelValues) {
            byValue.put(value.label, value.value.intValue());
          }
          facets.put(facet.code(), byValue);
        }
      }
      return facets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
