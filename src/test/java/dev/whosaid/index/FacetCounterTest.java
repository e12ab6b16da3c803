package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Span;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting over a match set too large to count exactly: 20,000 quotations, written in time order (2016 first,
 * 2019 last), so a sample that covered only the start of the index would see one year. Speakers: Ann 60%,
 * Bob 30%, Cy 10% (2,000: few enough to count exactly). Every quotation says "budget", every tenth "deficit".
 */
class FacetCounterTest {

    private static final int QUOTES = 20_000;

    @TempDir
    static Path dir;
    static LuceneQuoteIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = new LuceneQuoteIndex(dir, Duration.ZERO);
        try (QuoteIndex.Build build = index.newBuild()) {
            for (int i = 0; i < QUOTES; i++) {
                build.add(quote(i));
            }
            build.commit(QUOTES);
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static IndexedQuote quote(int i) {
        String speaker = i % 10 < 6 ? "Ann" : i % 10 < 9 ? "Bob" : "Cy";
        LocalDate date = LocalDate.of(2016 + i * 4 / QUOTES, 1, 1).plusDays(i % 300);
        String text = "statement " + i + " on the budget" + (i % 10 == 3 ? " deficit" : "");
        ArticleRef article = new ArticleRef("a" + i, "Article " + i, "Source " + (i % 3), "", date);
        return new IndexedQuote(IndexedQuote.idOf(article.id(), 0, text.length()), text, speaker, SpeakerKind.PERSON,
                speaker + "'s role", date, QuoteKind.DIRECT, "said", 0.9, text, 0, text.length(),
                List.of(new Span(0, text.length())), article, "");
    }

    private static SearchRequest request(List<String> speakers, String topic) {
        return new SearchRequest(speakers, topic, List.of(), null, null, null, null, null, null, SortOrder.DATE, 1, 10);
    }

    private static void assertNear(long expected, long actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= expected * tolerance,
                what + ": " + actual + " is not within " + (int) (tolerance * 100) + "% of " + expected);
    }

    private static long count(List<FacetCount> facet, String value) {
        return facet.stream().filter(f -> f.value().equals(value)).mapToLong(FacetCount::count).findFirst().orElse(0);
    }

    @Test
    void aLargeMatchSetIsEstimatedFromASampleSpreadOverTheWholeIndex() {
        SearchPage page = index.search(request(List.of(), "budget"));
        assertFalse(page.totalExact());
        assertNear(QUOTES, page.total(), 0.05, "total");
        assertEquals(List.of("Ann", "Bob", "Cy"), page.facets().speaker().stream().map(FacetCount::value).toList());
        assertNear(12_000, count(page.facets().speaker(), "Ann"), 0.1, "Ann");
        assertNear(6_000, count(page.facets().speaker(), "Bob"), 0.1, "Bob");
        for (String year : List.of("2016", "2017", "2018", "2019")) {
            assertNear(5_000, count(page.facets().year(), year), 0.1, year);
        }
    }

    @Test
    void anEstimatedTotalStillListsTheFirstPageInFull() {
        SearchPage page = index.search(request(List.of(), "budget"));
        assertEquals(10, page.hits().size());
        assertEquals(LocalDate.of(2019, 10, 27), page.hits().getFirst().quote().date(), "newest first");
    }

    @Test
    void aSmallMatchSetIsCountedExactly() {
        SearchPage page = index.search(request(List.of("Cy"), null));
        assertTrue(page.totalExact());
        assertEquals(2_000, page.total());
        assertEquals(List.of(new FacetCount("Cy", 2_000)), page.facets().speaker());
    }

    @Test
    void aProlificSpeakersStatementsAreCountedExactlyWhenTheTopicOnlyRanksThem() {
        // Ann's 12,000 are too many to count one by one, but with a named speaker "deficit" filters nothing.
        Map<String, Long> sources = new TreeMap<>(), years = new TreeMap<>();
        for (int i = 0; i < QUOTES; i++) {
            IndexedQuote q = quote(i);
            if (q.speaker().equals("Ann")) {
                sources.merge(q.article().source(), 1L, Long::sum);
                years.merge(Integer.toString(q.date().getYear()), 1L, Long::sum);
            }
        }
        SearchPage page = index.search(request(List.of("Ann"), "deficit"));
        assertTrue(page.totalExact());
        assertEquals(12_000, page.total());
        assertEquals(List.of(new FacetCount("Ann", 12_000)), page.facets().speaker());
        assertEquals(List.of(new FacetCount("Ann's role", 12_000)), page.facets().role());
        assertEquals(sources, counts(page.facets().source()));
        assertEquals(years, counts(page.facets().year()));
        assertEquals(10, page.hits().size());
    }

    @Test
    void aProlificSpeakersStatementsWithoutTheWordsFollowThoseWithThemNewestFirst() {
        // Ann said "deficit" 2,000 times: relevance pages 1-20 (of 100) hold those, page 21 the rest, newest first.
        LocalDate newestWithout = null;
        for (int i = 0; i < QUOTES; i++) {
            IndexedQuote q = quote(i);
            if (q.speaker().equals("Ann") && !q.text().contains("deficit") && (newestWithout == null || q.date().isAfter(newestWithout))) {
                newestWithout = q.date();
            }
        }
        SearchRequest twentieth = new SearchRequest(List.of("Ann"), "deficit", List.of(), null, null, null, null, null, null,
                SortOrder.RELEVANCE, 20, 100);
        assertTrue(index.search(twentieth).hits().stream().allMatch(h -> h.quote().text().contains("deficit")));
        List<Hit> next = index.search(twentieth.withPage(21, 100)).hits();
        assertEquals(100, next.size());
        assertTrue(next.stream().noneMatch(h -> h.quote().text().contains("deficit")));
        List<LocalDate> dates = next.stream().map(h -> h.quote().date()).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertEquals(newestWithout, dates.getFirst());
    }

    @Test
    void severalSpeakersAddUpAndAnotherFilterIsCountedOverTheMatches() {
        SearchPage both = index.search(request(List.of("Cy", "Bob", "Nobody"), null));
        assertTrue(both.totalExact());
        assertEquals(8_000, both.total());
        assertEquals(List.of(new FacetCount("Bob", 6_000), new FacetCount("Cy", 2_000)), both.facets().speaker());
        SearchPage in2017 = index.search(new SearchRequest(List.of("Cy"), null, List.of(), null, null, 2017, null, null, null,
                SortOrder.DATE, 1, 10));
        assertEquals(500, in2017.total());
        assertEquals(List.of(new FacetCount("2017", 500)), in2017.facets().year());
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        Map<String, Long> counts = new TreeMap<>();
        facet.forEach(f -> counts.put(f.value(), (long) f.count()));
        return counts;
    }

    @Test
    void aConjunctionTheCostOverEstimatesIsCountedOverAWiderSampleOrExactly() {
        // Ann's quotations with "deficit": the speaker's 12,000 look large, the 2,000 matches are few.
        SearchPage page = index.search(new SearchRequest(List.of("Ann"), null, List.of("deficit"), null, null, null, null,
                null, null, SortOrder.DATE, 1, 10));
        assertNear(2_000, page.total(), 0.1, "total");
        assertEquals(List.of("Ann"), page.facets().speaker().stream().map(FacetCount::value).toList());
    }
}
