package dev.whosaid.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The relevance suite of issue 4: journalists' questions over the shipped corpus, each with the quotation
 * that answers it, and a scorer for any search function.
 *
 * <p>The questions live in {@code src/test/resources/relevance/questions.jsonl}, one JSON object a line,
 * written by reading the articles, never from what the engine returns. To measure the real engine, pass a
 * function that runs the question through the search service and returns its ranked hits (article id and
 * quotation text, best first) to {@link #score(List, Function)}, then print {@link Report#format()}.
 */
final class RelevanceSuite {

    /** The classpath resource holding the shipped questions. */
    static final String SHIPPED = "/relevance/questions.jsonl";

    /** Only the first hits count: a journalist reads one screen of results. */
    static final int CUTOFF = 10;

    /** Answers are distinctive phrases, long enough not to match by chance and short enough to sit in one quotation. */
    static final int MIN_ANSWER_WORDS = 6;
    static final int MAX_ANSWER_WORDS = 15;

    /**
     * Reported speech is matched by overlap: a hit counts when it shares a run of consecutive words with an
     * answer that covers at least this share of the answer (and at least {@link #MIN_SHARED_WORDS} words).
     */
    static final double MIN_SHARED_FRACTION = 0.5;
    static final int MIN_SHARED_WORDS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS =
            Arrays.stream(Question.class.getRecordComponents()).map(RecordComponent::getName).toList();
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032`\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private RelevanceSuite() {
    }

    /**
     * One question of the suite.
     *
     * @param question what the journalist types
     * @param article  id of the article where the answering quotation stands
     * @param speaker  who made the statement, as the article names them (a person or an organisation)
     * @param answers  verbatim phrases from the answering quotation(s); a hit matching any of them is correct
     * @param note     what the question exercises; may be empty
     */
    record Question(String question, String article, String speaker, List<String> answers, String note) {

        Question {
            requireText(question, "question");
            requireText(article, "article");
            requireText(speaker, "speaker");
            if (answers == null || answers.isEmpty()) {
                throw new IllegalArgumentException("\"answers\" must list at least one phrase for \"" + question + "\"");
            }
            for (String answer : answers) {
                requireText(answer, "answers");
                int words = answer.strip().split("\\s+").length;
                if (words < MIN_ANSWER_WORDS || words > MAX_ANSWER_WORDS) {
                    throw new IllegalArgumentException("answer \"" + answer + "\" has " + words + " words; expected "
                            + MIN_ANSWER_WORDS + " to " + MAX_ANSWER_WORDS);
                }
            }
            answers = List.copyOf(answers);
            note = note == null ? "" : note;
        }

        private static void requireText(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("\"" + field + "\" is missing or blank");
            }
        }

        /** Whether {@code hit} is the answering quotation: from the right article and containing an answer. */
        boolean isAnsweredBy(RankedHit hit) {
            return hit.articleId().equals(article) && answers.stream().anyMatch(answer -> matches(answer, hit.text()));
        }
    }

    /** One result of a search, as the scorer needs it: where it stands and what it says. */
    record RankedHit(String articleId, String text) {

        RankedHit {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * How one question fared.
     *
     * @param question the question
     * @param rank     1-based rank of the first correct hit within the cutoff, or 0 where none was
     * @param topHit   the first hit, or null where the search returned nothing
     */
    record Outcome(Question question, int rank, RankedHit topHit) {

        Outcome {
            Objects.requireNonNull(question, "question");
            if (rank < 0 || rank > CUTOFF) {
                throw new IllegalArgumentException("rank " + rank + " outside 0.." + CUTOFF);
            }
        }

        double reciprocalRank() {
            return rank == 0 ? 0 : 1.0 / rank;
        }
    }

    /** The outcome of every question, in suite order, with the two figures. */
    record Report(List<Outcome> outcomes) {

        Report {
            outcomes = List.copyOf(outcomes);
            if (outcomes.isEmpty()) {
                throw new IllegalArgumentException("a report needs at least one question");
            }
        }

        /** Share of questions whose first hit is correct. */
        double precisionAtOne() {
            return outcomes.stream().filter(o -> o.rank() == 1).count() / (double) outcomes.size();
        }

        /** Mean over questions of 1/rank of the first correct hit within the cutoff (0 where none). */
        double meanReciprocalRank() {
            return outcomes.stream().mapToDouble(Outcome::reciprocalRank).sum() / outcomes.size();
        }

        /** The figures, then every question whose first hit is wrong, with what came first instead. */
        String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "relevance: %d questions, P@1 %.3f, MRR@%d %.3f\n",
                    outcomes.size(), precisionAtOne(), CUTOFF, meanReciprocalRank()));
            for (Outcome o : outcomes) {
                if (o.rank() == 1) {
                    continue;
                }
                Question q = o.question();
                out.append(String.format(Locale.ROOT, "\nwrong: %s\n  expected: %s in %s\n  correct hit: %s\n  top hit: %s\n",
                        q.question(), q.speaker(), q.article(),
                        o.rank() == 0 ? "none in the top " + CUTOFF : "rank " + o.rank(),
                        o.topHit() == null ? "(no results)" : o.topHit().articleId() + " \"" + shorten(o.topHit().text()) + "\""));
            }
            return out.toString();
        }

        private static String shorten(String text) {
            String flat = SPACES.matcher(text.strip()).replaceAll(" ");
            return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
        }
    }

    /** The questions shipped with the tests. */
    static List<Question> loadShipped() {
        InputStream in = RelevanceSuite.class.getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("relevance questions not on the test classpath: " + SHIPPED);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED, e);
        }
    }

    /** The questions in a JSONL file; any bad line is an error naming the file and line. */
    static List<Question> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The questions in JSONL text; {@code source} names it in errors. Blank lines are skipped. */
    static List<Question> load(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> lineOfQuestion = new HashMap<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Question question = parse(line, source + ":" + lineNumber);
            Integer earlier = lineOfQuestion.putIfAbsent(question.question().toLowerCase(Locale.ROOT), lineNumber);
            if (earlier != null) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": question \"" + question.question()
                        + "\" already asked on line " + earlier);
            }
            questions.add(question);
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(source + ": no questions");
        }
        return List.copyOf(questions);
    }

    private static Question parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + ": expected a JSON object, one question a line");
            }
            // Checked before binding, so that a misspelt field is named rather than reported as missing.
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!FIELDS.contains(field.getKey())) {
                    throw new IllegalArgumentException(where + ": unknown field \"" + field.getKey() + "\"; expected " + FIELDS);
                }
            }
            return JSON.treeToValue(node, Question.class);
        } catch (ValueInstantiationException e) {
            // The record's own validation failed; its message says what is wrong.
            String why = e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
            throw new IllegalArgumentException(where + ": " + why, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a valid question: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Every answer that does not occur verbatim in its article, or whose article is unknown, as readable
     * lines; empty when the suite agrees with the corpus.
     *
     * @param articleTexts article id to article text
     */
    static List<String> answersNotInCorpus(List<Question> questions, Map<String, String> articleTexts) {
        List<String> problems = new ArrayList<>();
        for (Question q : questions) {
            String text = articleTexts.get(q.article());
            if (text == null) {
                problems.add("\"" + q.question() + "\": no article " + q.article());
                continue;
            }
            for (String answer : q.answers()) {
                if (!text.contains(answer)) {
                    problems.add("\"" + q.question() + "\": answer not in " + q.article() + ": \"" + answer + "\"");
                }
            }
        }
        return problems;
    }

    /** Runs every question through {@code search} (ranked hits, best first) and scores the first {@link #CUTOFF}. */
    static Report score(List<Question> questions, Function<String, List<RankedHit>> search) {
        List<Outcome> outcomes = new ArrayList<>(questions.size());
        for (Question q : questions) {
            List<RankedHit> hits = Objects.requireNonNull(search.apply(q.question()),
                    () -> "search returned null for \"" + q.question() + "\"");
            int rank = 0;
            for (int i = 0; i < Math.min(CUTOFF, hits.size()); i++) {
                if (q.isAnsweredBy(hits.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(new Outcome(q, rank, hits.isEmpty() ? null : hits.getFirst()));
        }
        return new Report(outcomes);
    }

    /**
     * Whether a hit's text carries an answer: it contains the answer once case, whitespace and quote
     * characters are normalised, or it shares with the answer a run of consecutive words long enough to be
     * the same statement (reported speech is cut differently by different extractors).
     */
    static boolean matches(String answer, String hitText) {
        String a = normalise(answer);
        String h = normalise(hitText);
        if (h.contains(a)) {
            return true;
        }
        String[] answerWords = words(a);
        int shared = longestSharedRun(answerWords, words(h));
        return shared >= MIN_SHARED_WORDS && shared >= MIN_SHARED_FRACTION * answerWords.length;
    }

    /** Lower case, typographic quotes as ASCII, runs of whitespace as one space. */
    static String normalise(String text) {
        String s = SINGLE_QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String[] words(String normalised) {
        return NOT_WORD.matcher(normalised).replaceAll(" ").strip().split(" ");
    }

    /** Length of the longest run of consecutive words found in both (dynamic programme over two rows). */
    private static int longestSharedRun(String[] a, String[] b) {
        int[] previous = new int[b.length + 1];
        int best = 0;
        for (String word : a) {
            int[] current = new int[b.length + 1];
            for (int j = 0; j < b.length; j++) {
                if (word.equals(b[j])) {
                    current[j + 1] = previous[j] + 1;
                    best = Math.max(best, current[j + 1]);
                }
            }
            previous = current;
        }
        return best;
    }
}
