package dev.whosaid.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<CorpusProblem> problems = new ArrayList<>();

    private void readDir() {
        CorpusReader.read(dir, articles::add, problems::add);
    }

    @Test
    void plainTextArticleWithHeaderKeepsTitleDateSourceAndUrl() throws IOException {
        Files.writeString(dir.resolve("nauert.txt"), """
                Title: Pompeo did not give Kim a CD
                Date: 2018-07-07
                Source: The Washington Post
                URL: https://example.org/pompeo

                "He didn't leave anything behind other than a letter," Nauert said.

                Second paragraph.
                """);
        readDir();
        assertEquals(List.of(), problems);
        Article a = articles.getFirst();
        assertEquals("nauert", a.id());
        assertEquals("Pompeo did not give Kim a CD", a.title());
        assertEquals(LocalDate.of(2018, 7, 7), a.date());
        assertEquals("The Washington Post", a.source());
        assertEquals("https://example.org/pompeo", a.url());
        assertTrue(a.text().startsWith("\"He didn't"), a.text());
        assertTrue(a.text().endsWith("Second paragraph."), a.text());
    }

    @Test
    void plainTextWithoutHeaderIsAllBody() throws IOException {
        Files.writeString(dir.resolve("bare.txt"), "Officials said: it rained.\n");
        readDir();
        assertEquals("Officials said: it rained.", articles.getFirst().text());
        assertNull(articles.getFirst().date());
    }

    @Test
    void brokenJsonLineIsReportedWithFileAndLineAndTheRestIsRead() throws IOException {
        Path file = dir.resolve("sub/news.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"id": "a1", "title": "One", "date": "2020-03-01", "text": "First."}
                {"id": "a2", "text": "Unclosed
                {"id": "a3", "text": ""}
                [1, 2]

                {"id": "a4", "date": "March 2020", "text": "Fourth."}
                {"id": "a1", "text": "Duplicate id."}
                {"id": "a5", "text": "Fifth."}
                """);
        readDir();
        assertEquals(List.of("a1", "a4", "a5"), articles.stream().map(Article::id).toList());
        assertNull(articles.get(1).date(), "a bad date keeps the article, without a date");
        assertEquals(List.of(2, 3, 4, 6, 7), problems.stream().map(CorpusProblem::line).toList());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file)));
        assertTrue(problems.get(0).message().contains("not valid JSON"), problems.get(0).message());
        assertTrue(problems.get(3).message().contains("March 2020"), problems.get(3).message());
        assertTrue(problems.get(4).message().contains("duplicate"), problems.get(4).message());
    }

    @Test
    void invalidUtf8CostsOnlyItsOwnLine() throws IOException {
        byte[] good = "{\"id\": \"ok\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, concat(bad, good));
        readDir();
        assertEquals(List.of("ok"), articles.stream().map(Article::id).toList());
        assertEquals(1, problems.getFirst().line());
        assertTrue(problems.getFirst().toString().startsWith(file + ":1: not valid UTF-8"), problems.getFirst().toString());
    }

    @Test
    void filesOtherThanTxtAndJsonlAreIgnored() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# about this corpus");
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        readDir();
        assertEquals(List.of(), articles);
        assertEquals(List.of(), problems);
    }

    @Test
    void missingCorpusFolderIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusReader.read(dir.resolve("nope"), articles::add, problems::add));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void jsonlFromAReaderGetsGeneratedIdsWhereMissing() {
        CorpusReader.readJsonl(new StringReader("{\"text\": \"No id here.\"}\n"), Path.of("<stdin>"),
                articles::add, problems::add);
        assertEquals("<stdin>-1", articles.getFirst().id());
    }

    @Test
    void paragraphAroundCoversTheQuotationsParagraphs() {
        Article a = Article.of("p", "First para.\n\nSecond \"quote\n\nruns on\" here.\n\nThird.");
        int start = a.text().indexOf("quote");
        int end = a.text().indexOf("runs on") + 7;
        int[] p = a.paragraphAround(start, end);
        assertEquals("Second \"quote\n\nruns on\" here.", a.text().substring(p[0], p[1]));
    }

    @Test
    void theShippedCorpusReadsWithoutProblems() {
        Path corpus = Path.of(System.getProperty("whosaid.project.dir", ".")).resolve("corpus");
        CorpusReader.read(corpus, articles::add, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(318, articles.size());
        assertTrue(articles.stream().anyMatch(a -> a.source().startsWith("The Washington Post")
                && LocalDate.of(2018, 7, 7).equals(a.date())));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
