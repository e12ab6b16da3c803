package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds write a new generation; the served one changes only when the new one is complete. */
class RebuildTest {

    @TempDir
    Path dir;

    static long total(QuoteIndex index) {
        return index.search(SearchRequest.all(10)).total();
    }

    List<String> generationFolders() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRebuildWhileASearcherIsOpenKeepsAnsweringFromTheOldIndexThenSwitches() throws Exception {
        try (LuceneQuoteIndex writer = new LuceneQuoteIndex(dir, Duration.ZERO);
                LuceneQuoteIndex server = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(writer, Fixtures.quotes());
            assertEquals(4, total(server));
            assertEquals(Optional.of("gen-00000001"), server.servedGeneration());

            CountDownLatch written = new CountDownLatch(1), mayCommit = new CountDownLatch(1);
            CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> {
                try (QuoteIndex.Build build = writer.newBuild()) {
                    build.add(Fixtures.quotes().getLast());
                    written.countDown();
                    assertTrue(mayCommit.await(10, TimeUnit.SECONDS));
                    build.commit(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(written.await(10, TimeUnit.SECONDS));
            // Half-way through the rebuild: the server still answers from the complete old generation.
            assertEquals(4, total(server));
            assertEquals(Optional.of("gen-00000001"), server.servedGeneration());

            mayCommit.countDown();
            rebuild.get(10, TimeUnit.SECONDS);
            assertEquals(1, total(server));
            assertEquals(Optional.of("gen-00000002"), server.servedGeneration());
            assertEquals(1, server.stats().articles());
        }
    }

    @Test
    void aRebuildThatFailsMidwayLeavesThePreviousIndexServedAndNoLeftovers() throws Exception {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, Fixtures.quotes());
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
                try (QuoteIndex.Build build = index.newBuild()) {
                    build.add(Fixtures.quotes().getFirst());
                    throw new IllegalStateException("extraction broke");
                }
            });
            assertEquals("extraction broke", failure.getMessage());
            assertEquals(4, total(index));
            assertEquals(List.of("gen-00000001"), generationFolders());
        }
    }

    @Test
    void aKilledRebuildLeavesThePreviousIndexServedAndItsFolderGoesWithTheNextBuild() throws Exception {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, Fixtures.quotes());
        }
        // What a kill -9 during a rebuild leaves: a half-written generation that CURRENT does not name.
        Path half = Files.createDirectory(dir.resolve("gen-00000002"));
        Files.writeString(half.resolve("_0.fdt"), "half a segment");
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            assertEquals(4, total(index));
            assertEquals(Optional.of("gen-00000001"), index.servedGeneration());
            Fixtures.build(index, Fixtures.quotes().subList(0, 2));
            assertEquals(Optional.of("gen-00000003"), index.servedGeneration());
            assertEquals(2, total(index));
            // The previous generation stays for servers that have not switched yet; the broken one is gone.
            assertEquals(List.of("gen-00000001", "gen-00000003"), generationFolders());
            Fixtures.build(index, Fixtures.quotes());
            assertEquals(List.of("gen-00000003", "gen-00000004"), generationFolders());
        }
    }

    @Test
    void searchingBeforeAnyBuildSaysHowToBuildOne() {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            assertFalse(index.exists());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> total(index));
            assertTrue(e.getMessage().contains("whosaid index"), e.getMessage());
        }
    }

    @Test
    void aGenerationOfAnOlderLayoutIsNotServedAndARebuildReplacesIt() throws Exception {
        // What an older WhoSaid wrote: a committed generation without the layout key in its commit data.
        Files.createDirectories(dir.resolve("gen-00000001"));
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir.resolve("gen-00000001")), new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(QuoteFields.ID, "old-1", Field.Store.YES));
            old.addDocument(doc);
            old.commit();
        }
        Files.writeString(dir.resolve("CURRENT"), "gen-00000001\n");
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            assertFalse(index.exists());
            IllegalStateException unread = assertThrows(IllegalStateException.class, () -> total(index));
            assertTrue(unread.getMessage().contains("another version of WhoSaid"), unread.getMessage());

            Fixtures.build(index, Fixtures.quotes());
            assertTrue(index.exists());
            assertEquals(4, total(index));
            assertEquals(List.of("gen-00000002"), generationFolders());
        }
    }
}
