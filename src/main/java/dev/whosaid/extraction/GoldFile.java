package dev.whosaid.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.whosaid.corpus.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads annotated articles (the JSONL format of shared/eval) and scores an extractor on them. */
public final class GoldFile {

    /** One annotated article. */
    public record Annotated(Article article, List<Scorer.GoldPiece> quotes) {
        public Annotated {
            quotes = List.copyOf(quotes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {}

    /** Every article of the file; a line that is not an annotated article is an error naming the line. */
    public static List<Annotated> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such gold file: " + file.toAbsolutePath());
        }
        List<Annotated> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (!line.isBlank()) {
                    out.add(parse(line, file, n));
                }
            }
        }
        return out;
    }

    private static Annotated parse(String line, Path file, int n) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
        }
        if (!node.hasNonNull("id") || !node.hasNonNull("text")) {
            throw new IllegalArgumentException(file + ":" + n + ": an annotated article needs \"id\" and \"text\"");
        }
        LocalDate date = null;
        if (node.hasNonNull("date") && !node.get("date").asText().isBlank()) {
            try {
                date = LocalDate.parse(node.get("date").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ":" + n + ": bad date " + node.get("date"), e);
            }
        }
        Article article = new Article(node.get("id").asText(), text(node, "title"), date, text(node, "source"), "",
                node.get("text").asText());
        List<Scorer.GoldPiece> pieces = new ArrayList<>();
        for (JsonNode q : node.path("quotes")) {
            pieces.add(new Scorer.GoldPiece(q.get("start").asInt(), q.get("end").asInt(), text(q, "speaker"),
                    integer(q, "speaker_start"), integer(q, "speaker_end"), text(q, "speaker_canonical"),
                    text(q, "speaker_mention"), text(q, "group"), text(q, "kind"), text(q, "group_kind")));
        }
        return new Annotated(article, pieces);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    /** Runs {@code extractor} over the annotated articles and scores its quotations. */
    public static Scorer score(List<Annotated> articles, QuoteExtractor extractor, double threshold, int maxErrors) {
        Scorer scorer = new Scorer(threshold, maxErrors);
        for (Annotated a : articles) {
            List<Scorer.Predicted> predicted = extractor.extract(a.article()).stream().map(Scorer.Predicted::of).toList();
            scorer.add(a.article().id(), a.article().text(), a.quotes(), predicted);
        }
        return scorer;
    }
}
