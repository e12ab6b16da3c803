package dev.whosaid.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The engine-neutral seam: everything the rest of WhoSaid asks of an index. The Lucene engine sits behind
 * it ({@link LuceneQuoteIndex}); another engine (OpenSearch, say) would implement the same methods.
 * Implementations are thread-safe; searches see one consistent index generation.
 */
public interface QuoteIndex extends Closeable {

    /**
     * Starts writing a new generation next to the served one. The served index changes only when
     * {@link Build#commit} returns; closing a build that was not committed discards what it wrote.
     */
    Build newBuild() throws IOException;

    /** Whether any generation has been committed. */
    boolean exists();

    default SearchPage search(SearchRequest request) {
        return search(request, SearchStages.NONE);
    }

    /** A search that marks the end of its stages ({@link SearchStages.Stage#COUNT}, {@code RANK}, {@code HITS}). */
    SearchPage search(SearchRequest request, SearchStages stages);

    /** The quotation with this id, with its other reports; empty when there is none. */
    Optional<Hit> find(String id);

    /** The quotations of one article (first reports of their statements only), in text order. */
    List<Hit> inArticle(String articleId);

    /** How many statements a speaker made per month ("2018-07"), oldest month first; undated ones left out. */
    List<FacetCount> monthsOf(String speaker);

    /** Every speaker in the index, most statements first, ties by name. */
    List<SpeakerSummary> speakers();

    IndexStats stats();

    /** One rebuild in progress. {@link #add} may be called from several threads. */
    interface Build extends AutoCloseable {

        void add(IndexedQuote quote) throws IOException;

        /** Makes the new generation the served one; {@code articles} is recorded for the statistics. */
        void commit(long articles) throws IOException;

        /** Discards the generation unless it was committed. */
        @Override
        void close() throws IOException;
    }
}
