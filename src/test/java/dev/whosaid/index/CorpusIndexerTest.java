package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Quotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {

    @TempDir
    Path dir;

    @Test
    void anAssessmentNoOneIsNamedForIsExtractedButNotIndexed() throws Exception {
        String text = "The harbour deal is reportedly close to completion after months of talks. "
                + "\"We will sign it next week,\" Mayor Ann Able said.";
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"), "{\"id\": \"a1\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}\n");
        List<Quotation> extracted = QuoteExtractor.standard().extract(new dev.whosaid.corpus.Article("a1", "", null, "", "", text));
        // The premise: extraction reports the assessment without a speaker beside the mayor's words.
        assertEquals(1, extracted.stream().filter(q -> q.speaker() == null && q.kind() == QuoteKind.INDIRECT).count(),
                extracted::toString);
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir.resolve("index"), Duration.ZERO)) {
            CorpusIndexer.Summary summary = new CorpusIndexer(QuoteExtractor.standard(), 1).build(corpus, index, (done, total) -> {});
            assertEquals(extracted.size() - 1, summary.quotations());
            List<Hit> hits = index.search(SearchRequest.all(10)).hits();
            assertEquals(List.of("Ann Able"), hits.stream().map(h -> h.quote().speaker()).toList());
        }
    }
}
