package dev.whosaid.extraction;

import dev.whosaid.corpus.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder until the real extractor lands: quoted text of four words or more, no speaker. */
final class NaiveExtractor implements QuoteExtractor {

    static final NaiveExtractor INSTANCE = new NaiveExtractor();
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{20,}?)[\"”]");

    @Override
    public List<Quotation> extract(Article article) {
        List<Quotation> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(article.text());
        while (m.find()) {
            quotes.add(new Quotation(m.group(1), List.of(new Span(m.start(1), m.end(1))), null, null, null, null,
                    null, null, QuoteKind.DIRECT, article.date(), 0.1));
        }
        return quotes;
    }
}
