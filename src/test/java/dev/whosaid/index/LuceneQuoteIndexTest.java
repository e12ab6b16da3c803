package dev.whosaid.index;

import static dev.whosaid.index.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Lucene index in a temp dir, built from {@link Fixtures}: exact ids, order and counts. */
class LuceneQuoteIndexTest {

    @TempDir
    Path dir;
    LuceneQuoteIndex index;

    static final String NAUERT = idOf(WAPO, NAUERT_LETTER);
    static final String NAUERT_LATER = idOf(WIKI, "He didn’t leave anything behind other than a letter.");
    static final String POMPEO = idOf(WAPO, POMPEO_TALKS);
    static final String KIM_YONG_CHOL = idOf(WIKI, "regrettable");
    static final String KIM_JONG_UN = idOf(OLD, "the missile tests would continue until the country had a nuclear deterrent");

    @BeforeEach
    void build() throws IOException {
        index = new LuceneQuoteIndex(dir, Duration.ZERO);
        Fixtures.build(index, Fixtures.quotes());
    }

    @AfterEach
    void close() {
        index.close();
    }

    static SearchRequest request(List<String> speakers, String topic, List<String> phrases) {
        return new SearchRequest(speakers, topic, phrases, null, null, null, null, null, null, SortOrder.RELEVANCE, 1, 10);
    }

    static List<String> ids(SearchPage page) {
        return page.hits().stream().map(h -> h.quote().id()).toList();
    }

    @Test
    void theTitleBreaksATieBetweenQuotationsThatMatchAlikeWhateverTheirDates() throws IOException {
        List<IndexedQuote> quotes = new java.util.ArrayList<>();
        List<String> words = List.of("alpha", "bravo", "charlie");
        for (int i = 0; i < words.size(); i++) {
            // Only the oldest article's title holds the topic: by date alone it would come last.
            Article a = new Article("a-" + i, i == 0 ? "Budget vote" : "Council vote", LocalDate.of(2020, 1, 1 + i), "Source",
                    "https://example.com/a-" + i, "The budget is balanced " + words.get(i));
            quotes.add(Fixtures.quote(a, "The budget is balanced " + words.get(i), "Speaker " + words.get(i), null,
                    QuoteKind.DIRECT, SpeakerKind.PERSON));
        }
        Fixtures.build(index, quotes);
        assertEquals(List.of("a-0", "a-2", "a-1"), index.search(request(List.of(), "budget", List.of())).hits().stream()
                .map(h -> h.quote().article().id()).toList());
    }

    @Test
    void aSpeakersStatementsComeNewestFirstThoughTheIndexKeepsEachSpeakersTogether() throws IOException {
        List<IndexedQuote> quotes = new java.util.ArrayList<>();
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");
        for (int i = 0; i < words.size(); i++) {
            // Two speakers' statements alternate in time; every one matches "budget" alike.
            Article a = new Article("a-" + i, "Council vote", LocalDate.of(2020, 1, 1 + i), "Source", "https://example.com/a-" + i,
                    "The budget is balanced " + words.get(i));
            quotes.add(Fixtures.quote(a, "The budget is balanced " + words.get(i), i % 2 == 0 ? "Ann Able" : "Bob Baker", null,
                    QuoteKind.DIRECT, SpeakerKind.PERSON));
        }
        Fixtures.build(index, quotes);
        java.util.function.Function<SearchRequest, List<String>> articles = r -> index.search(r).hits().stream()
                .map(h -> h.quote().article().id()).toList();
        assertEquals(List.of("a-4", "a-2", "a-0"), articles.apply(request(List.of("Ann Able"), null, List.of())));
        assertEquals(List.of("a-5", "a-3", "a-1"), articles.apply(request(List.of("Bob Baker"), "budget", List.of())));
        assertEquals(List.of("a-5", "a-4", "a-3", "a-2", "a-1", "a-0"), articles.apply(request(List.of(), "budget", List.of())));
        assertEquals(List.of("a-5", "a-4", "a-3", "a-2", "a-1", "a-0"),
                articles.apply(request(List.of("Ann Able", "Bob Baker"), "budget", List.of())));
        assertEquals(List.of("a-5", "a-4", "a-3", "a-2", "a-1", "a-0"),
                articles.apply(request(List.of("Ann Able", "Bob Baker"), null, List.of())));
        assertEquals(List.of("a-3", "a-2"), articles.apply(request(List.of("Ann Able", "Bob Baker"), null, List.of()).withPage(2, 2)));
    }

    @Test
    void aStatementReportedTwiceIsOneHitWithItsEarliestReportFirst() {
        SearchPage page = index.search(request(List.of(), "letter", List.of()));
        assertEquals(1, page.total());
        assertEquals(List.of(NAUERT), ids(page));
        Hit hit = page.hits().getFirst();
        assertEquals("wapo-1", hit.quote().article().id());
        assertEquals(List.of("wiki-1"), hit.alsoReportedBy().stream().map(ArticleRef::id).toList());
        assertEquals(1, hit.highlight().size());
        assertArrayEquals(new int[] {45, 51}, hit.highlight().getFirst());
    }

    @Test
    void aLaterReportFoundByIdNamesTheEarliestOne() {
        Hit later = index.find(NAUERT_LATER).orElseThrow();
        assertEquals("wiki-1", later.quote().article().id());
        assertEquals(List.of("wapo-1"), later.alsoReportedBy().stream().map(ArticleRef::id).toList());
        assertTrue(index.find("no-such-id").isEmpty());
    }

    @Test
    void storedFieldsComeBackAsIndexed() {
        IndexedQuote q = index.find(NAUERT).orElseThrow().quote();
        assertEquals(Fixtures.quotes().getFirst().withoutNearby(), q);
    }

    @Test
    void aNamedSpeakerFiltersAndTheTopicOnlyRanksTheirWords() {
        assertEquals(List.of(POMPEO), ids(index.search(request(List.of("Mike Pompeo"), "letter", List.of()))));
    }

    @Test
    void aSpeakersStatementsWithTheWordsComeFirstThenTheOthersNewestFirstAcrossPages() throws IOException {
        // One speaker, three days: the oldest statement names the sanctions, the two later ones do not.
        List<IndexedQuote> quotes = new java.util.ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            String text = day == 1 ? "the sanctions will stay" : "we will meet again on day " + day;
            Article a = new Article("day-" + day, "Day " + day, LocalDate.of(2019, 3, day), "Wikinews", "https://example.org/" + day,
                    "The minister said \"" + text + "\" on Monday.");
            quotes.add(Fixtures.quote(a, text, "Ann Minister", "Minister", QuoteKind.DIRECT, SpeakerKind.PERSON));
        }
        try (LuceneQuoteIndex own = new LuceneQuoteIndex(dir.resolve("runs"), Duration.ZERO)) {
            Fixtures.build(own, quotes);
            SearchRequest first = new SearchRequest(List.of("Ann Minister"), "sanctions", List.of(), null, null, null, null, null,
                    null, SortOrder.RELEVANCE, 1, 2);
            assertEquals(List.of("day-1", "day-3"), articles(own.search(first)));
            assertEquals(List.of("day-2"), articles(own.search(first.withPage(2, 2))));
            assertEquals(3, own.search(first).total());
        }
    }

    @Test
    void aFacetListsTheTenLargestCountsTiesByValueWhenMoreValuesMatch() throws IOException {
        // Thirteen speakers: ten with two statements on the budget, three with one; only the ten are listed.
        List<IndexedQuote> quotes = new java.util.ArrayList<>();
        for (int s = 13; s >= 1; s--) {
            for (int n = 0; n < (s <= 10 ? 2 : 1); n++) {
                String text = "the budget is plan " + s + "-" + n;
                Article a = new Article("b-" + s + "-" + n, "Budget", LocalDate.of(2020, 1, 1 + n), "Source " + (s % 2), "",
                        "The speaker said \"" + text + "\" today.");
                quotes.add(Fixtures.quote(a, text, String.format(java.util.Locale.ROOT, "Speaker %02d", s), "Member",
                        QuoteKind.DIRECT, SpeakerKind.PERSON));
            }
        }
        try (LuceneQuoteIndex own = new LuceneQuoteIndex(dir.resolve("facets"), Duration.ZERO)) {
            Fixtures.build(own, quotes);
            SearchPage page = own.search(request(List.of(), "budget", List.of()));
            assertEquals(23, page.total());
            List<FacetCount> expected = new java.util.ArrayList<>();
            for (int s = 1; s <= 10; s++) {
                expected.add(new FacetCount(String.format(java.util.Locale.ROOT, "Speaker %02d", s), 2));
            }
            assertEquals(expected, page.facets().speaker());
            assertEquals(List.of(new FacetCount("Source 1", 12), new FacetCount("Source 0", 11)), page.facets().source());
        }
    }

    private static List<String> articles(SearchPage page) {
        return page.hits().stream().map(h -> h.quote().article().id()).toList();
    }

    @Test
    void aNamedSpeakersTotalAndFacetsCountAStatementReportedTwiceOnce() {
        SearchPage page = index.search(request(List.of("Heather Nauert", "Mike Pompeo"), "talks", List.of()));
        assertTrue(page.totalExact());
        assertEquals(2, page.total());
        assertEquals(List.of(new FacetCount("Heather Nauert", 1), new FacetCount("Mike Pompeo", 1)), page.facets().speaker());
        assertEquals(List.of(new FacetCount("The Washington Post", 2)), page.facets().source());
        assertEquals(List.of(new FacetCount("2018", 2)), page.facets().year());
    }

    @Test
    void withoutASpeakerTheWordsMustMatchTextOrParagraph() {
        assertEquals(List.of(KIM_JONG_UN), ids(index.search(request(List.of(), "missiles", List.of()))));
        SearchPage talks = index.search(request(List.of(), "talks", List.of()));
        assertEquals(2, talks.total());
        assertEquals(java.util.Set.of(POMPEO, KIM_YONG_CHOL), java.util.Set.copyOf(ids(talks)));
    }

    @Test
    void wordsInTheQuotationOutrankWordsOnlyInItsParagraph() {
        // "regrettable" is Kim Yong Chol's word; "reporters" stands only in the paragraphs of Nauert and Pompeo.
        assertEquals(List.of(KIM_YONG_CHOL), ids(index.search(request(List.of(), "regrettable", List.of()))));
        SearchPage page = index.search(request(List.of(), "letter talks", List.of()));
        assertEquals(NAUERT, ids(page).getFirst());
    }

    @Test
    void datesSortNewestFirstAndIdsBreakTies() {
        SearchPage page = index.search(SearchRequest.all(10));
        assertEquals(4, page.total());
        List<String> sameDay = java.util.stream.Stream.of(NAUERT, POMPEO).sorted().toList();
        assertEquals(List.of(KIM_YONG_CHOL, sameDay.get(0), sameDay.get(1), KIM_JONG_UN), ids(page));
        // Two named speakers' statements of one day, merged from each speaker's newest: by id too.
        assertEquals(sameDay, ids(index.search(request(List.of("Mike Pompeo", "Heather Nauert"), null, List.of()))));
        SearchRequest oldest = new SearchRequest(List.of(), null, List.of(), null, null, null, null, null, null,
                SortOrder.DATE_ASC, 1, 10);
        assertEquals(List.of(KIM_JONG_UN, sameDay.get(0), sameDay.get(1), KIM_YONG_CHOL), ids(index.search(oldest)));
    }

    @Test
    void quotationsThatMatchAlikeOnOneDayComeByIdAcrossPagesWhateverTheirSpeakers() throws IOException {
        List<IndexedQuote> quotes = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // The same words on the same day from 25 speakers: the index keeps them in speaker order, the ids another.
            Article a = new Article("tie-" + i, "Harbour", LocalDate.of(2021, 3, 4), "Source", "https://example.com/tie-" + i,
                    "The harbour plan is sound.");
            quotes.add(Fixtures.quote(a, "The harbour plan is sound", "Speaker " + (char) ('A' + i), null, QuoteKind.DIRECT,
                    SpeakerKind.PERSON));
        }
        Fixtures.build(index, quotes);
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.addAll(ids(index.search(new SearchRequest(List.of(), "harbour plan", List.of(), null, null, null, null, null,
                    null, SortOrder.RELEVANCE, page, 10))));
        }
        List<String> byId = quotes.stream().map(IndexedQuote::id).sorted().toList();
        assertNotEquals(byId, quotes.stream().map(IndexedQuote::id).toList(), "speaker order must differ from id order");
        assertEquals(byId, pages);
    }

    @Test
    void facetsCountEveryDistinctStatementThatMatches() {
        Facets f = index.search(SearchRequest.all(1)).facets();
        assertEquals(List.of(new FacetCount("Heather Nauert", 1), new FacetCount("Kim Jong Un", 1),
                new FacetCount("Kim Yong Chol", 1), new FacetCount("Mike Pompeo", 1)), f.speaker());
        assertEquals(List.of(new FacetCount("2018", 3), new FacetCount("2017", 1)), f.year());
        assertEquals(List.of(new FacetCount("The Washington Post", 2), new FacetCount("Wikinews", 2)), f.source());
        assertEquals(4, f.role().size());
    }

    @Test
    void dateRangesAndYearsKeepOnlyTheirDays() {
        assertEquals(3, index.search(range(LocalDate.of(2018, 1, 1), null, null)).total());
        assertEquals(List.of(KIM_JONG_UN), ids(index.search(range(null, LocalDate.of(2017, 12, 31), null))));
        assertEquals(List.of(KIM_JONG_UN), ids(index.search(range(null, null, 2017))));
        assertEquals(List.of(KIM_YONG_CHOL), ids(index.search(range(LocalDate.of(2018, 7, 9), LocalDate.of(2018, 7, 9), null))));
    }

    static SearchRequest range(LocalDate from, LocalDate to, Integer year) {
        return new SearchRequest(List.of(), null, List.of(), null, null, year, null, from, to, SortOrder.DATE, 1, 10);
    }

    @Test
    void aPhraseMustStandInTheQuotationInOrder() {
        assertEquals(List.of(POMPEO), ids(index.search(request(List.of(), null, List.of("central issues")))));
        assertEquals(0, index.search(request(List.of(), null, List.of("issues central"))).total());
    }

    @Test
    void roleSourceAndKindFilter() {
        SearchRequest role = new SearchRequest(List.of(), null, List.of(), "the secretary of state", null, null, null, null,
                null, SortOrder.DATE, 1, 10);
        assertEquals(List.of(POMPEO), ids(index.search(role)));
        SearchRequest source = new SearchRequest(List.of(), null, List.of(), null, "washington post", null, null, null,
                null, SortOrder.DATE, 1, 10);
        assertEquals(2, index.search(source).total());
        SearchRequest kind = new SearchRequest(List.of(), null, List.of(), null, null, null, QuoteKind.INDIRECT, null,
                null, SortOrder.DATE, 1, 10);
        assertEquals(List.of(KIM_JONG_UN), ids(index.search(kind)));
    }

    @Test
    void aTopicOfStopWordsOnlyListsEverything() {
        assertEquals(4, index.search(request(List.of(), "the of and", List.of())).total());
    }

    @Test
    void pagesSliceTheOrderAndPagesPastTheEndAreEmpty() {
        SearchRequest all = SearchRequest.all(10);
        List<String> order = ids(index.search(all));
        assertEquals(order.subList(3, 4), ids(index.search(all.withPage(2, 3))));
        SearchPage past = index.search(all.withPage(3, 2));
        assertEquals(4, past.total());
        assertTrue(past.hits().isEmpty());
    }

    @Test
    void speakersAreListedWithKindRolesAndDistinctStatements() {
        List<SpeakerSummary> speakers = index.speakers();
        assertEquals(4, speakers.size());
        SpeakerSummary nauert = speakers.stream().filter(s -> s.name().equals("Heather Nauert")).findFirst().orElseThrow();
        assertEquals(1, nauert.count());
        assertEquals(List.of("State Department spokeswoman"), nauert.roles());
        assertEquals(new IndexStats(4, 3, 4, index.stats().builtAt()), index.stats());
    }

    @Test
    void anArticlesQuotationsComeInTextOrderWithoutLaterReports() {
        assertEquals(List.of(Fixtures.idOf(Fixtures.WAPO, Fixtures.NAUERT_LETTER), Fixtures.idOf(Fixtures.WAPO, Fixtures.POMPEO_TALKS)),
                index.inArticle("wapo-1").stream().map(h -> h.quote().id()).toList());
        // Nauert's words in wiki-1 are a later report of wapo-1's: only Kim Yong Chol's are its own.
        assertEquals(List.of("Kim Yong Chol"), index.inArticle("wiki-1").stream().map(h -> h.quote().speaker()).toList());
        assertEquals(List.of(), index.inArticle("no-such-article"));
    }

    @Test
    void aSpeakersMonthsCountTheirDistinctStatements() {
        assertEquals(List.of(new FacetCount("2018-07", 1)), index.monthsOf("Heather Nauert"));
        assertEquals(List.of(new FacetCount("2017-09", 1)), index.monthsOf("Kim Jong Un"));
        assertEquals(List.of(), index.monthsOf("Nobody"));
    }
}
