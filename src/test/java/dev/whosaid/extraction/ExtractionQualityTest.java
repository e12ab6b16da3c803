package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the figures reported for the PolNeAR dev set: fails when one falls more than two points below them.
 * The gold file is never part of the project; it comes from system property {@code whosaid.eval.gold}
 * (pom.xml passes it on; {@code ./whosaid test} sets it from WHOSAID_EVAL_GOLD).
 */
class ExtractionQualityTest {

    // figures reported for shared/eval/polnear/dev.jsonl
    private static final double ATTRIBUTED_F1 = 0.683;
    private static final double QUOTE_F1 = 0.714;
    private static final double QUOTE_RECALL = 0.643;
    private static final double SPEAKER_ACCURACY = 0.965;
    private static final double TOLERANCE = 0.02;

    @Test
    void devFiguresStayWithinTwoPointsOfThoseReported() throws IOException {
        String gold = System.getProperty("whosaid.eval.gold", "");
        Assumptions.assumeTrue(!gold.isBlank(), "system property whosaid.eval.gold is not set: no gold file to measure against");
        Path file = Path.of(gold);
        Assumptions.assumeTrue(Files.isRegularFile(file), "gold file " + file.toAbsolutePath() + " does not exist");
        Scorer.Figures f = GoldFile.score(GoldFile.read(file), QuoteExtractor.standard(), 0.5, 0).figures();
        assertTrue(f.attributedF1() >= ATTRIBUTED_F1 - TOLERANCE, () -> "attributed F1 fell to " + f);
        assertTrue(f.quoteF1() >= QUOTE_F1 - TOLERANCE, () -> "quote F1 fell to " + f);
        assertTrue(f.quoteRecall() >= QUOTE_RECALL - TOLERANCE, () -> "quote recall fell to " + f);
        assertTrue(f.speakerAccuracy() >= SPEAKER_ACCURACY - TOLERANCE, () -> "speaker accuracy fell to " + f);
    }
}
