package dev.whosaid.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and search commands run in-process: exit codes scripts rely on, and what they print. */
class IndexAndSearchCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    Path corpus(String jsonl) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("news.jsonl"), jsonl);
        return corpus;
    }

    static final String ARTICLE = "{\"id\": \"a1\", \"title\": \"Letter\", \"date\": \"2018-07-07\", \"source\": \"Daily\", "
            + "\"text\": \"\\\"He didn't leave anything behind other than a letter,\\\" Nauert said.\"}\n";

    @Test
    void aCleanCorpusIndexesWithExitZeroAndASummary() throws Exception {
        Run r = run("index", "--corpus", corpus(ARTICLE).toString(), "--index", dir.resolve("index").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Indexed 1 articles: 1 quotations"), r.out());
        Run search = run("search", "letter", "--index", dir.resolve("index").toString());
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("He didn't leave anything behind other than a letter"), search.out());
        Run json = run("search", "letter", "--json", "--index", dir.resolve("index").toString());
        assertTrue(json.out().contains("\"total\" : 1"), json.out());
    }

    @Test
    void rejectedLinesStillIndexTheRestAndExitThree() throws Exception {
        Run r = run("index", "--corpus", corpus(ARTICLE + "{not json\n").toString(), "--index", dir.resolve("index").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("news.jsonl:2"), r.err());
        assertTrue(r.out().contains("Rejected: 1 problems in 1 files: not valid JSON (1)"), r.out());
    }

    @Test
    void aMissingCorpusIsBadUsageAndTouchesNoIndex() {
        Run r = run("index", "--corpus", dir.resolve("nothing").toString(), "--index", dir.resolve("index").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nothing"), r.err());
        assertFalse(Files.exists(dir.resolve("index").resolve("CURRENT")));
    }

    @Test
    void searchingWithoutAnIndexIsAFailureThatSaysWhatToRun() {
        Run r = run("search", "letter", "--index", dir.resolve("none").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("whosaid index"), r.err());
        assertEquals(2, run("search", "letter", "--limit", "0", "--index", dir.toString()).exit());
    }
}
