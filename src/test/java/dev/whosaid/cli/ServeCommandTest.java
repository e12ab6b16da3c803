package dev.whosaid.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.LuceneQuoteIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve builds the index only when it is missing or older than the corpus. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingIndexIsBuiltAFreshOneIsKeptAndANewerCorpusRebuildsIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path article = Files.writeString(corpus.resolve("a.jsonl"),
                "{\"id\": \"a1\", \"text\": \"\\\"We will keep talking about the letter,\\\" Nauert said.\"}\n");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(corpus, FileTime.from(Instant.now().minusSeconds(60)));
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir.resolve("index"), Duration.ZERO)) {
            assertTrue(ServeCommand.needsBuild(index, corpus));
            new CorpusIndexer(QuoteExtractor.standard(), 1).build(corpus, index, (done, total) -> {});
            assertFalse(ServeCommand.needsBuild(index, corpus));
            Files.setLastModifiedTime(article, FileTime.from(Instant.now().plusSeconds(60)));
            assertTrue(ServeCommand.needsBuild(index, corpus));
        }
    }
}
