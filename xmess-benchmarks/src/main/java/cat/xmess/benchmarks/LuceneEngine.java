package cat.xmess.benchmarks;

import cat.xmess.catalog.Facet;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene 9 in memory ({@link ByteBuffersDirectory}), set up as a competent user would: an analyzer
 * for the three languages (standard tokenizer, Catalan elision, lower case, {@link
 * ASCIIFoldingFilter} for accents, the ca/es/en stop words Lucene ships, no stemmer since no single
 * stemmer fits three languages), a boosted title field, keyword fields with doc values for filters
 * and facet counts, the index sorted in catalog order and merged into one segment. A word matches
 * as a term or, from three letters, as a prefix, like the SDK.
 */
public final class LuceneEngine implements Engine {
  private static final String ID = "id";
  private static final String ORD = "ord";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final float TITLE_BOOST = 3f;
  private static final float PREFIX_BOOST = 0.6f;

  private final Analyzer analyzer = new TrilingualAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final LeafReader leaf;

  /** Indexes {@code catalog}'s initiatives. */
  public LuceneEngine(Catalog catalog) throws IOException {
    RecordTexts texts = new RecordTexts(catalog);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setIndexSort(new Sort(new SortField(ORD, SortField.Type.INT)))
        .setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int ord = 0;
      for (Initiative it : catalog.initiatives()) {
        writer.addDocument(document(ord++, it, texts));
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    leaf = reader.leaves().get(0).reader();
  }

  private static Document document(int ord, Initiative it, RecordTexts texts) {
    Document doc = new Document();
    doc.add(new StringField(ID, it.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(it.id())));
    doc.add(new NumericDocValuesField(ORD, ord));
    RecordTexts.titles(it).forEach(t -> doc.add(new TextField(TITLE, t, Field.Store.NO)));
    texts.texts(it).forEach(t -> doc.add(new TextField(TEXT, t, Field.Store.NO)));
    for (Map.Entry<Facet, Set<String>> facet : texts.facets(it).entrySet()) {
      for (String value : facet.getValue()) {
        doc.add(new StringField(facet.getKey().code(), value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(facet.getKey().code(), new BytesRef(value)));
      }
    }
    return doc;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public Object byId(String id) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      return top.scoreDocs.length == 0 ? null : idOf(top.scoreDocs[0].doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> twoFilters(String category, String theme) {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Facet.CATEGORY.code(), category)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Facet.THEME.code(), theme)), BooleanClause.Occur.FILTER)
        .build();
    List<String> ids = new ArrayList<>();
    for (int doc : matching(query)) {
      ids.add(idOf(doc));
    }
    return ids;
  }

  @Override
  public List<String> freeText(String text, int limit) {
    return top(textQuery(text).build(), limit);
  }

  @Override
  public Faceted textFilterFacets(String text, String category, int limit) {
    TermQuery filter = new TermQuery(new Term(Facet.CATEGORY.code(), category));
    List<String> ids = top(textQuery(text).add(filter, BooleanClause.Occur.FILTER).build(), limit);
    return new Faceted(ids, facetCounts(matching(filter)));
  }

  /** Every analysed word must match (MUST), as a term in the text or title, or as a prefix. */
  private BooleanQuery.Builder textQuery(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : analyze(text)) {
      BooleanQuery.Builder one = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
      if (word.length() >= 3) {
        one.add(new BoostQuery(new PrefixQuery(new Term(TEXT, word)), PREFIX_BOOST), BooleanClause.Occur.SHOULD);
      }
      all.add(one.build(), BooleanClause.Occur.MUST);
    }
    return all;
  }

  private List<String> analyze(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private List<String> top(Query query, int limit) {
    try {
      TopDocs top = searcher.search(query, Math.min(limit, Math.max(1, reader.maxDoc())));
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        ids.add(idOf(hit.doc));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Doc ids (= catalog order: one segment, sorted by ord) of every match, unscored. */
  private int[] matching(Query query) {
    try {
      DocIdCollector collector = new DocIdCollector();
      searcher.search(query, collector);
      return java.util.Arrays.copyOf(collector.docs, collector.size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the doc-values ordinals of every facet over {@code docs}, as lucene-facet does. */
  private Map<String, Map<String, Integer>> facetCounts(int[] docs) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    try {
      for (Facet facet : Facet.values()) {
        SortedSetDocValues values = leaf.getSortedSetDocValues(facet.code());
        if (values == null) {
          continue;
        }
        int[] perOrd = new int[(int) values.getValueCount()];
        for (int doc : docs) {
          if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
              perOrd[(int) values.nextOrd()]++;
            }
          }
        }
        Map<String, Integer> byValue = new HashMap<>();
        for (int ord = 0; ord < perOrd.length; ord++) {
          if (perOrd[ord] > 0) {
            byValue.put(values.lookupOrd(ord).utf8ToString(), perOrd[ord]);
          }
        }
        if (!byValue.isEmpty()) {
          counts.put(facet.code(), byValue);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private String idOf(int doc) {
    try {
      SortedDocValues ids = leaf.getSortedDocValues(ID);
      if (!ids.advanceExact(doc)) {
        throw new IllegalStateException("no id for doc " + doc);
      }
      return ids.lookupOrd(ids.ordValue()).utf8ToString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** Collects matching doc ids of the single segment. */
  private static final class DocIdCollector extends SimpleCollector {
    int[] docs = new int[1024];
    int size;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      if (size == docs.length) {
        docs = java.util.Arrays.copyOf(docs, size * 2);
      }
      docs[size++] = base + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Standard tokenizer, Catalan elision, lower case, accent folding, ca/es/en stop words. */
  private static final class TrilingualAnalyzer extends Analyzer {
    private static final CharArraySet ELISIONS = new CharArraySet(List.of("d", "l", "m", "n", "s", "t"), true);
    private static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
      CharArraySet all = new CharArraySet(512, true);
      all.addAll(CatalanAnalyzer.getDefaultStopSet());
      all.addAll(SpanishAnalyzer.getDefaultStopSet());
      all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      return CharArraySet.unmodifiableSet(all);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new ElisionFilter(source, ELISIONS);
      result = new LowerCaseFilter(result);
      result = new ASCIIFoldingFilter(result);
      result = new StopFilter(result, STOP_WORDS);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
