package dev.whosaid.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place that names the Lucene fields of a quotation document and the analyzers behind them; the
 * writer and the searcher both use it, so the two can never disagree. Why each field is indexed the way it
 * is: see {@link QuoteDocuments#document}.
 */
public final class QuoteFields {

    private QuoteFields() {}

    /** Stable quotation id (hash of article id and offsets): exact term, sorted doc values for the index order's tie-breaks. */
    public static final String ID = "id";
    /** The statement's words: English stemming, positions for phrases, offsets. */
    public static final String TEXT = "text";
    /** The paragraph around the statement: a weaker text field for context words the quote itself lacks. */
    public static final String CONTEXT = "context";
    /** Title and the paragraphs around: the weakest text field, for topics the statement's paragraph lacks. */
    public static final String NEARBY = "nearby";
    /** The article's title alone: in place of {@link #NEARBY} where a topic is searched across everyone's statements. */
    public static final String TITLE = "title";
    /** Speaker name, analysed with ASCII folding + lower case ("Nauert" matches "nauert", "Müller" "muller"). */
    public static final String SPEAKER_TEXT = "speaker_text";
    /** Speaker name as written: exact filter and facet (sorted-set doc values). */
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_KIND = "speaker_kind";
    /** Role, analysed like names so "the secretary of state" finds "Secretary of State". */
    public static final String ROLE_TEXT = "role_text";
    /** Role as written: facet. */
    public static final String ROLE = "role";
    /** Statement date as epoch day: point for ranges, numeric doc values for sorting and the index order. */
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String ARTICLE_ID = "article_id";
    /** Publisher as written: facet (sorted-set doc values). */
    public static final String SOURCE = "source";
    /** Publisher, analysed like names so "source:wikinews" works. */
    public static final String SOURCE_TEXT = "source_text";
    public static final String KIND = "kind";
    /** Same speaker + same normalised words: reports of one statement share it. */
    public static final String DUP_KEY = "dup_key";
    /** 0 for the earliest report of a statement, 1 for later reports; updatable doc values. */
    public static final String DUPLICATE = "duplicate";

    /**
     * Everything a hit shows, in one uncompressed binary doc value (see {@link QuoteDocuments#hitRecord}): a page
     * of hits reads ten short values instead of decompressing ten blocks of stored fields.
     */
    public static final String HIT = "hit";

    /** Commit user data keys. */
    static final String BUILT_AT = "built_at";
    static final String ARTICLES = "articles";
    /** The layout of the documents; a generation written with another one is rebuilt, not read. */
    static final String SCHEMA = "schema";
    /**
     * 4: documents sorted by speaker, then newest first, then by id; hits in {@link #HIT}, nothing stored; the
     * title in a field of its own. (3: the same without {@link #TITLE}. 2: sorted newest first, then by id. A
     * generation without the key is of layout 1.)
     */
    static final String SCHEMA_VERSION = "4";

    /** Quotation text and context: tokens, possessives, stop words, Porter stemming. */
    public static Analyzer textAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** Articles only: "the secretary of state" must find "Secretary of State", but "of" keeps its place. */
    private static final CharArraySet ARTICLES_ONLY = new CharArraySet(java.util.List.of("the", "a", "an"), false);

    /**
     * Names, roles and sources: standard tokens, lower case, accents folded, articles dropped; no stemming,
     * so "Pompeo" never matches "Pompey".
     */
    public static Analyzer nameAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream folded = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)), ARTICLES_ONLY);
                return new TokenStreamComponents(tokenizer, folded);
            }
        };
    }

    /** The analyzer for the whole document: the text analyzer unless the field is a name-like one. */
    public static Analyzer perField() {
        Analyzer names = nameAnalyzer();
        return new PerFieldAnalyzerWrapper(textAnalyzer(),
                Map.of(SPEAKER_TEXT, names, ROLE_TEXT, names, SOURCE_TEXT, names));
    }
}
