package dev.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The eval, bench extract and extract commands run in-process on a tiny annotated file. */
class ExtractionCommandsTest {

    private static final String TEXT = "Mary Jones said that the bridge would reopen in May.";
    private static final String GOLD = "{\"id\": \"a1\", \"date\": \"2018-07-07\", \"text\": \"" + TEXT + "\", \"quotes\": "
            + "[{\"start\": 21, \"end\": 51, \"speaker\": \"Mary Jones\", \"speaker_start\": 0, \"speaker_end\": 10, "
            + "\"kind\": \"indirect\", \"group\": \"E1\"}]}\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            System.out.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void evalPrintsTheFiguresOfScorePy() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        Run r = run("eval", gold.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("gold 1  predicted 1  paired 1  (Jaccard >= 0.5)"), r.out());
        assertTrue(r.out().contains("attributed  P 1.000  R 1.000  F1 1.000"), r.out());
        assertTrue(r.out().contains("recall by kind  indirect 1.000"), r.out());
    }

    @Test
    void evalOfAMissingFileIsABadInputError() {
        Run r = run("eval", dir.resolve("nothing.jsonl").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such gold file"), r.err());
    }

    @Test
    void benchExtractPrintsThroughputAndHeap() throws IOException {
        Path corpus = Files.writeString(dir.resolve("articles.jsonl"), GOLD);
        Run r = run("bench", "extract", "--corpus", corpus.toString(), "--repeat", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("articles 1 "), r.out());
        assertTrue(r.out().matches("(?s).*extract throughput [0-9.]+ MB/s on one thread.*"), r.out());
        assertTrue(r.out().contains("heap:"), r.out());
    }

    @Test
    void benchExtractRefusesARepeatBelowOne() throws IOException {
        Path corpus = Files.writeString(dir.resolve("articles.jsonl"), GOLD);
        Run r = run("bench", "extract", "--corpus", corpus.toString(), "--repeat", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--repeat"), r.err());
    }

    @Test
    void extractWritesTheResolvedSpeakerAndTheMentionOffsets() throws IOException {
        Path corpus = Files.writeString(dir.resolve("articles.jsonl"), GOLD);
        Run r = run("extract", corpus.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"speaker\":\"Mary Jones\",\"speaker_start\":0,\"speaker_end\":10"), r.out());
        assertTrue(r.out().contains("\"date\":\"2018-07-07\""), r.out());
    }
}
