package dev.whosaid.index;

import dev.whosaid.corpus.Article;
import java.time.LocalDate;
import java.util.Objects;

/** Where a quotation was reported: the article's id, headline, publisher, address and date (null if unknown). */
public record ArticleRef(String id, String title, String source, String url, LocalDate date) {

    public ArticleRef {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    public static ArticleRef of(Article article) {
        return new ArticleRef(article.id(), article.title(), article.source(), article.url(), article.date());
    }
}
