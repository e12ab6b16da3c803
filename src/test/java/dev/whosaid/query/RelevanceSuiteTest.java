package dev.whosaid.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.whosaid.corpus.CorpusProblem;
import dev.whosaid.corpus.CorpusReader;
import dev.whosaid.query.RelevanceSuite.Question;
import dev.whosaid.query.RelevanceSuite.RankedHit;
import dev.whosaid.query.RelevanceSuite.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's loader and scorer, and the shipped questions against the shipped corpus. Measuring the real
 * engine is {@code RelevanceSuite.score(RelevanceSuite.loadShipped(), search)} with a function that runs the
 * question through the search service.
 */
class RelevanceSuiteTest {

    @TempDir
    Path dir;

    private static final Question LETTER = new Question("what did Nauert say about the letter", "wapo",
            "Heather Nauert", List.of("He didn't leave anything behind other than a letter"), "");
    private static final Question TALKS = new Question("what did Pompeo say about the talks", "wapo",
            "Mike Pompeo", List.of("on almost all of the central issues"), "");
    private static final Question BORDER = new Question("what did Pelosi say about the border", "wn-1",
            "Nancy Pelosi", List.of("We are committed to keeping our border safe"), "");

    /** Fake search over the three questions: the letter answered first, the talks third, the border only at 11. */
    private static final Map<String, List<RankedHit>> RESULTS = Map.of(
            LETTER.question(), List.of(
                    new RankedHit("wapo", "\"He didn't leave anything behind other than a letter,\" Nauert said.")),
            TALKS.question(), List.of(
                    // The right words from another article do not count.
                    new RankedHit("elsewhere", "on almost all of the central issues"),
                    new RankedHit("wapo", "He didn't leave anything behind other than a letter"),
                    // Case, whitespace and typographic quotes do not matter.
                    new RankedHit("wapo", "Progress was made “on almost all of the\n central issues” and involved talks")),
            BORDER.question(), IntStream.rangeClosed(1, 11)
                    .mapToObj(rank -> rank < 11
                            ? new RankedHit("wn-1", "Unrelated statement number " + rank)
                            : new RankedHit("wn-1", "We are committed to keeping our border safe."))
                    .toList());

    private static final Function<String, List<RankedHit>> FAKE_SEARCH = q -> RESULTS.getOrDefault(q, List.of());

    @Test
    void scoresPrecisionAtOneAndMeanReciprocalRankWithinTheTopTen() {
        Report report = RelevanceSuite.score(List.of(LETTER, TALKS, BORDER), FAKE_SEARCH);

        assertEquals(List.of(1, 3, 0), report.outcomes().stream().map(RelevanceSuite.Outcome::rank).toList());
        assertEquals(1.0 / 3, report.precisionAtOne(), 1e-12);
        assertEquals((1 + 1.0 / 3 + 0) / 3, report.meanReciprocalRank(), 1e-12);
    }

    @Test
    void reportListsOnlyTheQuestionsGotWrongWithTheirTopHit() {
        String report = RelevanceSuite.score(List.of(LETTER, TALKS, BORDER), FAKE_SEARCH).format();

        assertTrue(report.startsWith("relevance: 3 questions, P@1 0.333, MRR@10 0.444"), report);
        assertFalse(report.contains("wrong: " + LETTER.question()), report);
        assertTrue(report.contains("wrong: " + TALKS.question() + "\n  expected: Mike Pompeo in wapo\n"
                + "  correct hit: rank 3\n  top hit: elsewhere \"on almost all of the central issues\"\n"), report);
        assertTrue(report.contains("wrong: " + BORDER.question()), report);
        assertTrue(report.contains("correct hit: none in the top 10"), report);
    }

    @Test
    void aSearchThatFindsNothingScoresZeroAndSaysSo() {
        Report report = RelevanceSuite.score(List.of(LETTER), q -> List.of());

        assertEquals(0.0, report.precisionAtOne());
        assertEquals(0.0, report.meanReciprocalRank());
        assertNull(report.outcomes().getFirst().topHit());
        assertTrue(report.format().contains("top hit: (no results)"), report.format());
    }

    @Test
    void reportedSpeechCountsWhenTheHitSharesAtLeastHalfTheAnswerInARow() {
        String answer = "the name had to be easy to say and, to prevent stigma";

        assertTrue(RelevanceSuite.matches(answer, "Tedros said the name had to be easy to say."));
        assertFalse(RelevanceSuite.matches(answer, "the name had to change"), "four words of eleven are too few");
        assertFalse(RelevanceSuite.matches(answer, "easy to say, to prevent the name stigma"), "shared words not in a row");
    }

    @Test
    void normalisingFoldsCaseWhitespaceAndTypographicQuotes() {
        assertEquals("i can't find \"the words\"", RelevanceSuite.normalise(" I can’t\n find  “the Words” "));
    }

    @Test
    void aWellFormedFileLoadsInOrderAndAMissingNoteIsEmpty() throws IOException {
        Path file = write("""
                {"question": "q one", "article": "a1", "speaker": "S", "answers": ["one two three four five six"], "note": "n"}

                {"question": "q two", "article": "a2", "speaker": "S", "answers": ["one two three four five six", "seven eight nine ten eleven twelve"]}
                """);

        List<Question> questions = RelevanceSuite.load(file);

        assertEquals(List.of("q one", "q two"), questions.stream().map(Question::question).toList());
        assertEquals("", questions.get(1).note());
        assertEquals(2, questions.get(1).answers().size());
    }

    @Test
    void badJsonIsAnErrorNamingFileAndLine() throws IOException {
        Path file = write("""
                {"question": "q one", "article": "a1", "speaker": "S", "answers": ["one two three four five six"]}
                {"question": "q two", "article":
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2: not a valid question"), e.getMessage());
    }

    @Test
    void aQuestionWithoutAnswersIsAnErrorNamingFileAndLine() throws IOException {
        Path file = write("""
                {"question": "q one", "article": "a1", "speaker": "S", "answers": []}
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(file));
        assertEquals(file + ":1: \"answers\" must list at least one phrase for \"q one\"", e.getMessage());
    }

    @Test
    void anAnswerTooShortToBeDistinctiveIsRejected() throws IOException {
        Path file = write("""
                {"question": "q one", "article": "a1", "speaker": "S", "answers": ["a letter"]}
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(file));
        assertEquals(file + ":1: answer \"a letter\" has 2 words; expected 6 to 15", e.getMessage());
    }

    @Test
    void aMissingSpeakerOrAnUnknownFieldIsRejected() throws IOException {
        Path noSpeaker = write("""
                {"question": "q one", "article": "a1", "answers": ["one two three four five six"]}
                """);
        Path typo = write("""
                {"question": "q one", "article": "a1", "speaker": "S", "answer": ["one two three four five six"]}
                """);

        assertEquals(noSpeaker + ":1: \"speaker\" is missing or blank",
                assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(noSpeaker)).getMessage());
        assertEquals(typo + ":1: unknown field \"answer\"; expected [question, article, speaker, answers, note]",
                assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(typo)).getMessage());
    }

    @Test
    void theSameQuestionTwiceIsRejectedWithBothLines() throws IOException {
        Path file = write("""
                {"question": "What did X say", "article": "a1", "speaker": "S", "answers": ["one two three four five six"]}
                {"question": "what did x say", "article": "a2", "speaker": "S", "answers": ["one two three four five six"]}
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceSuite.load(file));
        assertEquals(file + ":2: question \"what did x say\" already asked on line 1", e.getMessage());
    }

    @Test
    void answersMissingFromTheirArticleAreListed() {
        List<String> problems = RelevanceSuite.answersNotInCorpus(List.of(LETTER, BORDER),
                Map.of("wapo", "Nauert said: \"He didn't leave anything behind other than a letter.\""));

        assertEquals(List.of("\"what did Pelosi say about the border\": no article wn-1"), problems);
        assertEquals(1, RelevanceSuite.answersNotInCorpus(List.of(TALKS), Map.of("wapo", "no such words")).size());
    }

    @Test
    void theShippedQuestionsAreBroadAndEveryAnswerStandsInItsArticle() {
        List<Question> questions = RelevanceSuite.loadShipped();
        Map<String, String> texts = new HashMap<>();
        Path corpus = Path.of(System.getProperty("whosaid.project.dir", ".")).resolve("corpus");
        List<CorpusProblem> problems = new ArrayList<>();
        CorpusReader.read(corpus, article -> texts.put(article.id(), article.text()), problems::add);

        assertEquals(List.of(), problems);
        assertEquals(List.of(), RelevanceSuite.answersNotInCorpus(questions, texts));
        assertTrue(questions.size() >= 45, "questions: " + questions.size());
        long articles = questions.stream().map(Question::article).distinct().count();
        assertTrue(articles >= 25, "articles covered: " + articles);
        Map<String, Question> byText = questions.stream().collect(Collectors.toMap(Question::question, q -> q));
        assertEquals("Heather Nauert", byText.get("what did Nauert say about the letter").speaker());
        assertEquals("Mike Pompeo", byText.get("what did Pompeo say about the talks").speaker());
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "questions", ".jsonl");
        Files.writeString(file, content);
        return file;
    }
}
