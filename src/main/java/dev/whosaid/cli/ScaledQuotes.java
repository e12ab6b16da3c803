package dev.whosaid.cli;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.Quotation;
import dev.whosaid.extraction.Span;
import dev.whosaid.index.IndexedQuote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A large synthetic corpus made from the shipped one, for benchmarks only. Each synthetic article strings
 * together paragraphs of the shipped articles that hold a quotation; in each, the quotation's words are
 * replaced by a splice of two real quotations (the first half of one, the second half of another), so
 * statements are new rather than millions of reports of the same few. Speakers, roles, kinds and cues stay
 * those of the paragraph's quotation; article ids and dates (2000-2025) are fresh.
 */
final class ScaledQuotes {

    private static final int PARAGRAPHS_PER_ARTICLE = 10;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 26 * 365;

    /** A paragraph of a shipped article with one quotation in it, offsets relative to the paragraph. */
    private record Seed(String paragraph, int start, int end, Quotation quotation) {}

    private final List<Seed> seeds = new ArrayList<>();

    /** Collects the seeds: every single-piece quotation with its paragraph. */
    ScaledQuotes(List<Article> articles, java.util.function.Function<Article, List<Quotation>> extract) {
        for (Article article : articles) {
            for (Quotation q : extract.apply(article)) {
                if (q.spans().size() == 1) {
                    int[] p = article.paragraphAround(q.start(), q.end());
                    seeds.add(new Seed(article.text().substring(p[0], p[1]), q.start() - p[0], q.end() - p[0], q));
                }
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no quotations to scale up");
        }
    }

    int seeds() {
        return seeds.size();
    }

    /** Generates {@code count} quotations in articles of ten paragraphs, the same ones for the same seed. */
    long generate(long count, long randomSeed, Consumer<IndexedQuote> sink) {
        Random random = new Random(randomSeed);
        long made = 0;
        for (long n = 0; made < count; n++) {
            StringBuilder text = new StringBuilder();
            List<Seed> used = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < PARAGRAPHS_PER_ARTICLE && made + used.size() < count; i++) {
                Seed base = seeds.get(random.nextInt(seeds.size()));
                String spliced = splice(base.quotation().text(), seeds.get(random.nextInt(seeds.size())).quotation().text());
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                int start = text.length() + base.start();
                text.append(base.paragraph(), 0, base.start()).append(spliced).append(base.paragraph().substring(base.end()));
                used.add(base);
                offsets.add(new int[] {start, start + spliced.length()});
                words.add(spliced);
            }
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            Article article = new Article("scaled-" + n, "Scaled article " + n, date, "Scaled", "", text.toString());
            for (int i = 0; i < used.size(); i++) {
                Quotation q = used.get(i).quotation();
                Quotation moved = new Quotation(words.get(i), List.of(new Span(offsets.get(i)[0], offsets.get(i)[1])),
                        q.speaker(), null, q.role(), q.speakerKind(), q.cue(), null, q.kind(), date, q.confidence());
                sink.accept(IndexedQuote.of(article, moved));
            }
            made += used.size();
        }
        return made;
    }

    private static String splice(String a, String b) {
        String[] first = a.split(" "), second = b.split(" ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.max(1, first.length / 2); i++) {
            s.append(first[i]).append(' ');
        }
        for (int i = second.length / 2; i < second.length; i++) {
            s.append(second[i]).append(i + 1 < second.length ? " " : "");
        }
        return s.toString().strip();
    }
}
