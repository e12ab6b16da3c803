package dev.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.whosaid.index.ArticleRef;
import dev.whosaid.index.FacetCount;
import dev.whosaid.index.Facets;
import dev.whosaid.query.Answers.QuoteDetail;
import dev.whosaid.query.Answers.SearchAnswer;
import dev.whosaid.query.QuoteView;
import dev.whosaid.query.Understanding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitJsonTest {

    private static final ArticleRef ARTICLE = new ArticleRef("a-1", "Talks \"resume\" in Geneva", "Reuters",
            "https://example.com/a-1?x=1&y=\u00e9", LocalDate.of(2018, 7, 7));
    private static final ArticleRef UNDATED = new ArticleRef("a-2", null, null, null, null);

    private static final QuoteView FULL = new QuoteView("q1", "We made progress on \u201calmost all\u201d issues\n\ttoday",
            List.of(new int[] {0, 2}, new int[] {15, 23}), "Mike Pompeo", "person", "Secretary of State",
            LocalDate.of(2018, 7, 6), "mixed", "said", 0.8731, "The paragraph, with \\ backslash and \u00fcml\u00e4uts.", 120,
            190, ARTICLE, List.of(UNDATED, ARTICLE));
    private static final QuoteView SPARSE = new QuoteView("q2", "", null, null, null, null, null, "indirect", null, 0.0, "",
            0, 0, UNDATED, null);
    private static final QuoteView EMPTY_LISTS = new QuoteView("q3", "x", List.of(), "Kim Jong Un", "person", null,
            LocalDate.of(-44, 3, 15), "direct", "told", 1e-7, "c", 5, 6, ARTICLE, List.of());

    @Test
    void hitsArticlesAndFacetsAreWrittenExactlyAsJacksonsBeanSerializerWritesThem() throws Exception {
        SearchAnswer answer = new SearchAnswer(new Understanding("kim on talks", List.of("Kim Jong Un"), "talks", List.of(),
                null, null, null, LocalDate.of(2018, 1, 1), null, "relevance", List.of(), "Kim Jong Un on talks"), 3, false, 1,
                10, List.of(FULL, SPARSE, EMPTY_LISTS), new Facets(List.of(new FacetCount("Kim Jong Un", 3)), List.of(),
                        List.of(new FacetCount("Reuters", 2), new FacetCount("AP", 1)), List.of(new FacetCount("2018", 3))));
        QuoteDetail detail = new QuoteDetail(FULL, "para", List.of(SPARSE), List.of(ARTICLE, UNDATED));

        for (Object value : List.of(answer, detail, FULL, SPARSE, EMPTY_LISTS, ARTICLE, UNDATED)) {
            assertEquals(WebApp.beanJson().writeValueAsString(value), WebApp.json().writeValueAsString(value));
            assertEquals(WebApp.beanJson().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value),
                    WebApp.json().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        }
    }
}
