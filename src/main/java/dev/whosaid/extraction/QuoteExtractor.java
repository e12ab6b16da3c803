package dev.whosaid.extraction;

import dev.whosaid.corpus.Article;
import java.util.List;

/** Finds the attributed statements in one article. Implementations are thread-safe and hold no per-article state. */
public interface QuoteExtractor {

    /** The quotations in {@code article}, in text order. */
    List<Quotation> extract(Article article);

    /** The extractor WhoSaid indexes with. */
    static QuoteExtractor standard() {
        return AttributionExtractor.INSTANCE;
    }
}
