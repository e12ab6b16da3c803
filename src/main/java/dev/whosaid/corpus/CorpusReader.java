package dev.whosaid.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from a folder tree: {@code *.txt} files (one article, a small header, then the body) and
 * {@code *.jsonl} files (one article a line). Every problem is reported with its file and line and the
 * rest is still read; nothing here throws for bad content, only for an unreadable folder.
 */
public final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HEADER_KEYS = Set.of("id", "title", "date", "source", "url");

    private final Set<String> seenIds = new HashSet<>();
    private final Consumer<Article> articles;
    private final Consumer<CorpusProblem> problems;

    private CorpusReader(Consumer<Article> articles, Consumer<CorpusProblem> problems) {
        this.articles = articles;
        this.problems = problems;
    }

    /** Reads every article file under {@code root} (a folder or a single file), in path order. */
    public static void read(Path root, Consumer<Article> articles, Consumer<CorpusProblem> problems) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("corpus not found: " + root.toAbsolutePath());
        }
        CorpusReader reader = new CorpusReader(articles, problems);
        for (Path file : articleFiles(root)) {
            reader.readFile(file);
        }
    }

    /** Reads JSONL articles from a stream (standard input, say); {@code name} names it in problems. */
    public static void readJsonl(Reader in, Path name, Consumer<Article> articles, Consumer<CorpusProblem> problems) {
        new CorpusReader(articles, problems).readJsonLines(in, name);
    }

    /** The article files under {@code root}, sorted so that a rebuild is deterministic. */
    public static List<Path> articleFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(CorpusReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + root.toAbsolutePath(), e);
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl"));
    }

    private void readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl")) {
                readJsonLines(file);
            } else {
                readPlainText(file, decodeStrictly(file));
            }
        } catch (CharacterCodingException e) {
            problems.accept(new CorpusProblem(file, 0, "not valid UTF-8 text: " + e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new CorpusProblem(file, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static String decodeStrictly(Path file) throws IOException {
        return decodeStrictly(Files.readAllBytes(file));
    }

    private static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Decodes line by line, so that one line of broken UTF-8 costs that line only. */
    private void readJsonLines(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            int lineNumber = 0;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    lineNumber++;
                    if (line.size() > 0) {
                        try {
                            String text = decodeStrictly(line.toByteArray());
                            if (!text.isBlank()) {
                                readJsonArticle(text, file, lineNumber);
                            }
                        } catch (CharacterCodingException e) {
                            problems.accept(new CorpusProblem(file, lineNumber, "not valid UTF-8 text; line skipped"));
                        }
                    }
                    line.reset();
                    if (b < 0) {
                        return;
                    }
                } else {
                    line.write(b);
                }
            }
        }
    }

    private void readJsonLines(Reader in, Path file) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    readJsonArticle(line, file, lineNumber);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new CorpusProblem(file, lineNumber + 1, "cannot read further: " + e.getMessage()));
        }
    }

    private void readJsonArticle(String line, Path file, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new CorpusProblem(file, lineNumber, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new CorpusProblem(file, lineNumber, "expected a JSON object, one article a line"));
            return;
        }
        String text = textField(node, "text");
        String id = textField(node, "id");
        if (text == null || text.isBlank()) {
            problems.accept(new CorpusProblem(file, lineNumber, "article has no \"text\""));
            return;
        }
        if (id == null || id.isBlank()) {
            id = stem(file) + "-" + lineNumber;
        }
        LocalDate date = parseDate(textField(node, "date"), file, lineNumber);
        accept(new Article(id, textField(node, "title"), date, textField(node, "source"), textField(node, "url"), text),
                file, lineNumber);
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * A plain-text article: optional header lines {@code Key: value} (Title, Date, Source, URL, Id), a
     * blank line, then the body. Without a header the whole file is the body and the id is the file name.
     */
    private void readPlainText(Path file, String content) {
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] lines = content.split("\n", -1);
        String id = null, title = null, source = null, url = null;
        LocalDate date = null;
        int bodyLine = 0;
        if (looksLikeHeader(lines[0])) {
            int i = 0;
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                int colon = lines[i].indexOf(':');
                String key = colon < 0 ? "" : lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : lines[i].substring(colon + 1).trim();
                switch (key) {
                    case "id" -> id = value;
                    case "title" -> title = value;
                    case "source" -> source = value;
                    case "url" -> url = value;
                    case "date" -> date = parseDate(value, file, i + 1);
                    default -> problems.accept(new CorpusProblem(file, i + 1,
                            "unknown header line \"" + lines[i] + "\"; expected one of Title, Date, Source, URL, Id"));
                }
            }
            bodyLine = i + 1;
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, Math.min(bodyLine, lines.length), lines.length)).strip();
        if (body.isEmpty()) {
            problems.accept(new CorpusProblem(file, 0, "article has no text after its header"));
            return;
        }
        accept(new Article(id == null || id.isBlank() ? stem(file) : id, title, date, source, url, body), file, 1);
    }

    private static boolean looksLikeHeader(String firstLine) {
        int colon = firstLine.indexOf(':');
        return colon > 0 && HEADER_KEYS.contains(firstLine.substring(0, colon).trim().toLowerCase(Locale.ROOT));
    }

    private LocalDate parseDate(String value, Path file, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            problems.accept(new CorpusProblem(file, line,
                    "date \"" + value + "\" is not YYYY-MM-DD; the article is kept without a date"));
            return null;
        }
    }

    private void accept(Article article, Path file, int line) {
        if (!seenIds.add(article.id())) {
            problems.accept(new CorpusProblem(file, line, "duplicate article id \"" + article.id() + "\"; skipped"));
            return;
        }
        articles.accept(article);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
