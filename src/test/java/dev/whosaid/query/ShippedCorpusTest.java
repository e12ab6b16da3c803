package dev.whosaid.query;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.LuceneQuoteIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the shipped corpus/: read, extract with {@link QuoteExtractor#standard()}, index, ask.
 *
 * <p>THESE EXPECTATIONS NEED THE REAL EXTRACTOR. While {@code QuoteExtractor.standard()} is the placeholder
 * that attributes no quotation to anyone, every test here is skipped (an assumption, reported as skipped,
 * not passed); once the real extractor is merged they run as written.
 */
class ShippedCorpusTest {

    @TempDir
    static Path dir;
    static LuceneQuoteIndex index;
    static SearchService service;

    @BeforeAll
    static void buildFromShippedCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("whosaid.project.dir", ".")).resolve("corpus");
        index = new LuceneQuoteIndex(dir, Duration.ZERO);
        new CorpusIndexer(QuoteExtractor.standard(), 2).build(corpus, index, (done, total) -> {});
        service = new SearchService(index, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static void needsRealExtractor() {
        assumeTrue(index.stats().speakers() > 0,
                "skipped: QuoteExtractor.standard() is still the placeholder (no quotation has a speaker)");
    }

    static QuoteView first(String question) {
        List<QuoteView> hits = service.search(SearchParams.question(question, 10)).hits();
        assertFalse(hits.isEmpty(), "no hits for: " + question);
        return hits.getFirst();
    }

    @Test
    void nauertOnTheLetterIsHerStatementOfJuly7() {
        needsRealExtractor();
        QuoteView hit = first("what did Nauert say about the letter");
        assertEquals("Heather Nauert", hit.speaker());
        assertEquals("State Department spokeswoman", hit.role());
        assertEquals("2018-07-07", hit.date().toString());
        assertTrue(hit.text().contains("other than a letter"), hit.text());
    }

    @Test
    void pompeoOnTheTalksIsPompeoNotEitherKim() {
        needsRealExtractor();
        QuoteView hit = first("what did Pompeo say about the talks");
        assertEquals("Mike Pompeo", hit.speaker());
        assertTrue(hit.text().contains("central issues") || hit.text().contains("good-faith negotiations"), hit.text());
        for (QuoteView h : service.search(SearchParams.question("what did Pompeo say about the talks", 10)).hits()) {
            assertFalse(h.speaker() != null && h.speaker().startsWith("Kim"), "a Kim in Pompeo's answer: " + h.text());
        }
    }

    @Test
    void titlesOfSongsAndAlbumsAreNotStatements() {
        needsRealExtractor();
        for (String title : List.of("Rocket Man", "Honky Château")) {
            for (QuoteView h : service.export(SearchParams.question("\"" + title + "\"", 10))) {
                assertNotEquals(title.toLowerCase(Locale.ROOT), h.text().strip().replaceAll("[,.]$", "").toLowerCase(Locale.ROOT),
                        "a title indexed as a statement: " + h.id());
            }
        }
    }

    /**
     * Issue 4's target is P@1 0.9. Measured at 17:35 (2026-11-28): P@1 0.745, MRR@10 0.787; with the statement
     * prior (18:00): P@1 0.806, MRR@10 0.827; with acronyms and described speakers (18:20): P@1 0.827, MRR@10 0.847; with the speaker resolution of branch spk
     * (19:00): P@1 0.918, MRR@10 0.939; with the speech constructions of branch speech (19:50): P@1 0.949, MRR@10 0.968. Most misses left are statements the extractor attributes to
     * someone else or leaves out (the report printed here lists each). The floor, two points below, guards
     * against regressions; raise it as both improve.
     */
    static final double P_AT_1_FLOOR = 0.929;

    @Test
    void theRelevanceSuiteScoresAtLeastItsFloor() {
        needsRealExtractor();
        RelevanceSuite.Report report = RelevanceSuite.score(RelevanceSuite.loadShipped(), question ->
                service.search(SearchParams.question(question, RelevanceSuite.CUTOFF)).hits().stream()
                        .map(h -> new RelevanceSuite.RankedHit(h.article().id(), h.text())).toList());
        System.out.println(report.format());
        assertTrue(report.precisionAtOne() >= P_AT_1_FLOOR,
                String.format(Locale.ROOT, "P@1 %.3f below %.2f", report.precisionAtOne(), P_AT_1_FLOOR));
    }
}
