package dev.whosaid.extraction;

import dev.whosaid.corpus.Article;
import java.util.List;

/**
 * WhoSaid's extractor: direct quotations by their marks, reported speech by cue words learned from annotated
 * news, speakers found next to the cue and resolved within the article. Stateless and thread-safe: each call
 * builds its own {@link ArticleRun}.
 */
final class AttributionExtractor implements QuoteExtractor {

    static final AttributionExtractor INSTANCE = new AttributionExtractor(CueLexicon.STANDARD);

    private final CueLexicon cues;
    private final boolean keepsRepeats;

    AttributionExtractor(CueLexicon cues) {
        this(cues, false);
    }

    private AttributionExtractor(CueLexicon cues, boolean keepsRepeats) {
        this.cues = cues;
        this.keepsRepeats = keepsRepeats;
    }

    /**
     * An extractor that keeps every quotation its lexicon admits, {@link Repeats} included: training judges each
     * candidate on its own, before one of two claiming the same content gives way.
     */
    static AttributionExtractor keepingRepeats(CueLexicon cues) {
        return new AttributionExtractor(cues, true);
    }

    @Override
    public List<Quotation> extract(Article article) {
        return new ArticleRun(new Document(article.text()), article.date(), cues, keepsRepeats).run();
    }
}
