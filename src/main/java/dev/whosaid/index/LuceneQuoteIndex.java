package dev.whosaid.index;

import static dev.whosaid.index.QuoteFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene engine behind {@link QuoteIndex}. Each rebuild writes a new generation (see {@link Generations});
 * searches hold a reference-counted snapshot of the served generation, and the snapshot is swapped when the
 * pointer file names a newer one (checked at most once per poll interval), so a running server follows
 * rebuilds made by another process without a restart.
 */
public final class LuceneQuoteIndex implements QuoteIndex {

    /** How much the paragraph counts against the quotation's own words. */
    private static final float CONTEXT_WEIGHT = 0.3f;
    /** And the title and neighbouring paragraphs, lower still: they only break ties between a speaker's words. */
    private static final float NEARBY_WEIGHT = 0.1f;
    /** Below this many quotations holding a topic's words, a match in the paragraph alone counts as a hit. */
    private static final int FEW_IN_TEXT = 20;
    /** Up to this many matches, one pass over all of a speaker's statements costs less than two searches. */
    private static final int FEW_FOR_TWO_RUNS = 1000;
    private static final int FACET_VALUES = 10;
    private static final int MAX_OTHER_REPORTS = 50;

    private final Generations generations;
    private final long pollNanos;
    private final Analyzer textAnalyzer = QuoteFields.textAnalyzer();
    private final QueryBuilder textQueries = new QueryBuilder(textAnalyzer);
    private final QueryBuilder nameQueries = new QueryBuilder(QuoteFields.nameAnalyzer());
    private final Object refreshLock = new Object();
    private volatile Snapshot served;
    private volatile long lastCheck;
    /** The generation {@code CURRENT} names when it has another layout than this version's (not served), or null. */
    private volatile String otherLayout;

    /** Opens (or prepares) the index under {@code root}; {@code poll} is how often to look for a new generation. */
    public LuceneQuoteIndex(Path root, Duration poll) {
        this.generations = new Generations(root);
        this.pollNanos = poll.toNanos();
        this.lastCheck = System.nanoTime();
        refresh();
    }

    public LuceneQuoteIndex(Path root) {
        this(root, Duration.ofSeconds(1));
    }

    public Path root() {
        return generations.root();
    }

    /** The served generation's name, if any ("gen-00000003"). */
    public Optional<String> servedGeneration() {
        Snapshot s = served;
        return s == null ? Optional.empty() : Optional.of(s.generation);
    }

    /** Whether a generation this version can read has been committed: one of another layout must be rebuilt. */
    @Override
    public boolean exists() {
        if (served == null && generations.current().isPresent()) {
            refresh();
        }
        return served != null;
    }

    /** Switches to the generation {@code CURRENT} names, if it is not the served one. */
    public void refresh() {
        synchronized (refreshLock) {
            lastCheck = System.nanoTime();
            Optional<String> current = generations.current();
            Snapshot old = served;
            if (current.isEmpty() || (old != null && old.generation.equals(current.get())) || current.get().equals(otherLayout)) {
                return;
            }
            Optional<Snapshot> opened;
            try {
                opened = Snapshot.open(current.get(), generations.folder(current.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open index generation " + generations.folder(current.get()), e);
            }
            if (opened.isEmpty()) {
                otherLayout = current.get();
                return;   // the older generation, if one is served, stays so until a rebuild
            }
            otherLayout = null;
            served = opened.get();
            if (old != null) {
                old.release();
            }
        }
    }

    @Override
    public Build newBuild() throws IOException {
        String generation = generations.createNext();
        return new LuceneBuild(generation);
    }

    @Override
    public SearchPage search(SearchRequest request, SearchStages stages) {
        Snapshot s = acquire();
        try {
            Built built = built(request, false);
            Query query = s.searcher.rewrite(built.query());
            FacetCounter.Result counted = onlySpeakersFilter(request) ? s.speakerFacets.of(request.speakers(), FACET_VALUES)
                    : s.counted(query);
            boolean topicRequired = request.topic() != null && request.speakers().isEmpty() && request.described() == null;
            if (topicRequired && counted.exact() && counted.total() < FEW_IN_TEXT) {
                // Few quotations hold the words themselves: let a match in the paragraph (a role or name the
                // quotation only implies) make a hit too. Most questions never pay for the paragraph's matches.
                Query widened = s.searcher.rewrite(query(request, true));
                if (!widened.equals(query)) {
                    query = widened;
                    counted = s.counted(query);
                }
            }
            stages.done(SearchStages.Stage.COUNT);
            // An estimated total may be short of the truth: then only the index's size bounds the page.
            long matches = counted.exact() ? counted.total() : s.reader.maxDoc();
            long offset = (long) (request.page() - 1) * request.size();
            if (offset >= matches) {
                return new SearchPage(counted.total(), counted.exact(), request.page(), request.size(), List.of(), counted.facets());
            }
            int wanted = (int) Math.min(offset + request.size(), matches);
            // Only the page is ranked exactly: past it, Lucene may skip matches that cannot enter it (block-max
            // scores where the query's shape allows, the date's points for date order).
            SpeakerRuns runs = counted.total() > FEW_FOR_TWO_RUNS || !counted.exact() ? speakerRuns(request, built.words()) : null;
            Among among = Among.of(request);
            boolean scores = built.scores();
            ScoreDoc[] top = runs != null ? ranked(s, runs, among, wanted)
                    : among == Among.SPEAKERS && !scores && request.sort() != SortOrder.DATE_ASC
                            && request.speakers().size() <= MERGED_SPEAKERS ? newestOfEach(s, request, wanted)
                    : top(s.searcher, query, sort(request.sort(), scores, among, s.idOrder), among, wanted);
            stages.done(SearchStages.Stage.RANK);
            Highlights highlights = new Highlights(textAnalyzer, request.topic(), request.phrases());
            int[] docs = new int[top.length - (int) offset];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top[(int) offset + i].doc;
            }
            List<Hit> hits = hits(s, docs, highlights);
            stages.done(SearchStages.Stage.HITS);
            return new SearchPage(counted.total(), counted.exact(), request.page(), request.size(), hits, counted.facets());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search has too many words (" + e.getMessage() + "); ask with fewer", e);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in " + s.generation, e);
        } finally {
            s.release();
        }
    }

    @Override
    public Optional<Hit> find(String id) {
        Snapshot s = acquire();
        try {
            // Every report: a later report's id still finds it.
            TopDocs top = s.everyReport.search(new TermQuery(new Term(ID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(hits(s, new int[] {top.scoreDocs[0].doc}, null).getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException("lookup of " + id + " failed in " + s.generation, e);
        } finally {
            s.release();
        }
    }

    /** More quotations than any article holds; past it, the rest of an article's are left out. */
    private static final int MAX_PER_ARTICLE = 1000;

    @Override
    public List<Hit> inArticle(String articleId) {
        Snapshot s = acquire();
        try {
            Query query = new TermQuery(new Term(ARTICLE_ID, articleId));
            List<Hit> hits = new ArrayList<>(hits(s, docs(s.searcher.search(query, MAX_PER_ARTICLE)), null));
            hits.sort(Comparator.comparingInt((Hit h) -> h.quote().start()).thenComparing(h -> h.quote().id()));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("lookup of article " + articleId + " failed in " + s.generation, e);
        } finally {
            s.release();
        }
    }

    @Override
    public List<FacetCount> monthsOf(String speaker) {
        Snapshot s = acquire();
        try {
            return s.searcher.search(new TermQuery(new Term(SPEAKER, speaker)), new MonthCounter());
        } catch (IOException e) {
            throw new UncheckedIOException("timeline of " + speaker + " failed in " + s.generation, e);
        } finally {
            s.release();
        }
    }

    @Override
    public List<SpeakerSummary> speakers() {
        return current().speakers;
    }

    @Override
    public IndexStats stats() {
        return current().stats;
    }

    @Override
    public String toString() {
        return "Lucene index " + generations.root();
    }

    @Override
    public void close() {
        synchronized (refreshLock) {
            if (served != null) {
                served.release();
                served = null;
            }
        }
    }

    /** The generation served now, for its precomputed values: no reader reference is taken. */
    private Snapshot current() {
        if (System.nanoTime() - lastCheck >= pollNanos) {
            refresh();
        }
        Snapshot s = served;
        if (s == null) {
            throw new IllegalStateException(otherLayout != null
                    ? "the index in " + generations.root() + " was written by another version of WhoSaid; rebuild it: whosaid index"
                    : "no index in " + generations.root() + " yet; run: whosaid index");
        }
        return s;
    }

    /** The generation served now, its reader held open until {@link Snapshot#release()}. */
    private Snapshot acquire() {
        while (true) {
            Snapshot s = current();
            if (s.reader.tryIncRef()) {
                return s;
            }
        }
    }

    Query query(SearchRequest r) {
        return query(r, true);
    }

    /**
     * The search's query. Without {@code paragraphMatches} the topic words must be in the quotation itself
     * and its paragraph only ranks; with it, the words in the paragraph alone make a hit as well.
     */
    Query query(SearchRequest r, boolean paragraphMatches) {
        return built(r, paragraphMatches).query();
    }

    /**
     * A search's query; whether it has words that score (without, every match scores the same, filters only:
     * words that analyse to nothing, "these" or a stop word, score nothing, and such a search is ordered by date,
     * which the index serves without scoring every quotation); and the topic's scoring clauses alone, as one
     * disjunction (null without a topic).
     */
    private record Built(Query query, boolean scores, Query words) {}

    private Built built(SearchRequest r, boolean paragraphMatches) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean phrases = false;
        Query topic = topicQuery(r.topic(), paragraphMatches);
        Query described = describedQuery(r.described());
        if (described != null) {
            b.add(new BoostQuery(described, CONTEXT_WEIGHT), Occur.MUST);
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        if (topic != null) {
            // Without a named or described speaker the words must match; with one, they only rank the speaker's words.
            b.add(topic, r.speakers().isEmpty() && described == null ? Occur.MUST : Occur.SHOULD);
            words.add(topic, Occur.SHOULD);
            Query context = paragraphMatches ? null : textQueries.createBooleanQuery(CONTEXT, r.topic());
            if (context != null) {
                b.add(new BoostQuery(context, CONTEXT_WEIGHT), Occur.SHOULD);
                words.add(new BoostQuery(context, CONTEXT_WEIGHT), Occur.SHOULD);
            }
            // The title and neighbouring paragraphs only rank: matching there alone does not make a hit. Across
            // everyone's statements the title alone ranks: the paragraphs around hold most common words, and scoring
            // them for the matches of a common topic cost such a question about a fifth of its ranking (1M index).
            String around = r.speakers().isEmpty() && described == null ? TITLE : NEARBY;
            Query aroundWords = new BoostQuery(textQueries.createBooleanQuery(around, r.topic()), NEARBY_WEIGHT);
            b.add(aroundWords, Occur.SHOULD);
            words.add(aroundWords, Occur.SHOULD);
        }
        for (String phrase : r.phrases()) {
            Query p = textQueries.createPhraseQuery(TEXT, phrase);
            if (p != null) {
                b.add(p, Occur.MUST);
                phrases = true;
            }
        }
        addFilters(b, r);
        // Later reports of a statement need no clause (the searcher does not see them: FirstReports); this one
        // keeps a search without constraints matching everything, and rewrites away beside other constraints.
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        // Words that rank: among quotations matching about as well, the speaker's own full statement first.
        // Where the words must match, they are ranked as one flat disjunction that skips what cannot reach the
        // page; beside a speaker every statement of the speaker matches, however it scores.
        boolean scores = topic != null || described != null || phrases;
        if (topic == null) {
            return new Built(b.build(), scores, null);
        }
        return new Built(r.speakers().isEmpty() && described == null ? StatementPrior.boostFlat(b.build())
                : StatementPrior.boost(b.build()), scores, words.build());
    }

    /**
     * A named speaker's statements in relevance order come in two runs: those holding any of the words (in
     * the quotation, its paragraph or nearby), by score, then the others, which score nothing, newest first.
     * Searched apart, the first run is a conjunction of the speakers with one flat disjunction, which Lucene
     * skips through by block-max scores, and the second is needed only when the first does not fill the page.
     * Null for other searches.
     */
    private SpeakerRuns speakerRuns(SearchRequest r, Query topicWords) {
        if (r.speakers().isEmpty() || r.described() != null || !r.phrases().isEmpty() || r.sort() != SortOrder.RELEVANCE
                || topicWords == null) {
            return null;
        }
        List<Query> words = StatementPrior.scoringTerms(topicWords);
        if (words == null) {
            return null;
        }
        BooleanQuery.Builder with = new BooleanQuery.Builder(), without = new BooleanQuery.Builder();
        addFilters(with, r);
        addFilters(without, r);
        for (Query w : words) {
            with.add(w, Occur.SHOULD);
            without.add(w, Occur.MUST_NOT);
        }
        return new SpeakerRuns(StatementPrior.boost(with.setMinimumNumberShouldMatch(1).build()), without.build());
    }

    private record SpeakerRuns(Query withWords, Query withoutWords) {}

    /** The first {@code wanted} hits of the two runs, the second searched only when the first falls short. */
    private static ScoreDoc[] ranked(Snapshot s, SpeakerRuns runs, Among among, int wanted) throws IOException {
        ScoreDoc[] with = top(s.searcher, runs.withWords(), sort(SortOrder.RELEVANCE, true, among, s.idOrder), among, wanted);
        if (with.length >= wanted) {
            return with;
        }
        int rest = wanted - with.length;
        ScoreDoc[] without = top(s.searcher, runs.withoutWords(), sort(SortOrder.DATE, false, among, s.idOrder), among, rest);
        ScoreDoc[] both = Arrays.copyOf(with, with.length + without.length);
        System.arraycopy(without, 0, both, with.length, without.length);
        return both;
    }

    /** Up to this many named speakers, their newest statements are each speaker's newest merged. */
    private static final int MERGED_SPEAKERS = 16;

    /**
     * The newest {@code wanted} matches of a search among several speakers' statements: each speaker's newest,
     * read from the start of their stretch of the index (no further), merged. One search over all their statements
     * would read every one's date.
     */
    private ScoreDoc[] newestOfEach(Snapshot s, SearchRequest r, int wanted) throws IOException {
        List<ScoreDoc> newest = new ArrayList<>();
        for (String speaker : r.speakers()) {
            Query theirs = s.searcher.rewrite(query(r.withSpeakers(List.of(speaker)), false));
            // Every match scores the same: score order is the index's order, and the search stops after the page.
            newest.addAll(Arrays.asList(s.searcher.search(theirs, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs));
        }
        newest.sort(Comparator.comparingInt(d -> d.doc));
        long[] dates = new long[newest.size()];
        NumericDocValues date = MultiDocValues.getNumericValues(s.reader, DATE);
        for (int i = 0; i < dates.length; i++) {
            dates[i] = date != null && date.advanceExact(newest.get(i).doc) ? date.longValue() : Long.MIN_VALUE;
        }
        // Newest first, undated last; statements of the same day by id, looked up for those only (in doc order).
        Map<Long, Integer> perDay = new HashMap<>();
        for (long d : dates) {
            perDay.merge(d, 1, Integer::sum);
        }
        BytesRef[] ids = new BytesRef[dates.length];
        SortedDocValues id = MultiDocValues.getSortedValues(s.reader, ID);
        for (int i = 0; i < dates.length; i++) {
            if (perDay.get(dates[i]) > 1 && id != null && id.advanceExact(newest.get(i).doc)) {
                ids[i] = BytesRef.deepCopyOf(id.lookupOrd(id.ordValue()));
            }
        }
        Integer[] order = new Integer[dates.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -dates[i])
                .thenComparing(i -> ids[i], Comparator.nullsLast(Comparator.naturalOrder())));
        return Arrays.stream(order).limit(wanted).map(newest::get).toArray(ScoreDoc[]::new);
    }

    /** The constraints that only filter: speakers, role, source, kind, year and dates. */
    private void addFilters(BooleanQuery.Builder b, SearchRequest r) {
        if (!r.speakers().isEmpty()) {
            // A term set, not a boolean of terms: a role held by hundreds of speakers must not hit the clause limit.
            b.add(new TermInSetQuery(SPEAKER, r.speakers().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        addPhraseFilter(b, ROLE_TEXT, r.role());
        addPhraseFilter(b, SOURCE_TEXT, r.source());
        if (r.kind() != null) {
            b.add(new TermQuery(new Term(KIND, r.kind().label())), Occur.FILTER);
        }
        if (r.year() != null) {
            b.add(IntPoint.newExactQuery(YEAR, r.year()), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
    }

    /**
     * Whether named speakers are the search's only filter: then it matches exactly their statements (the topic
     * words only rank), and their precomputed counts are its total and facets.
     */
    private static boolean onlySpeakersFilter(SearchRequest r) {
        return !r.speakers().isEmpty() && r.phrases().isEmpty() && (r.role() == null || r.role().isBlank())
                && (r.source() == null || r.source().isBlank()) && r.kind() == null && r.year() == null && r.from() == null
                && r.to() == null;
    }

    /** BM25 over the words, plus the paragraph at a lower weight; null when the topic is only stop words. */
    private Query topicQuery(String topic, boolean withParagraph) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        Query text = textQueries.createBooleanQuery(TEXT, topic);
        if (text == null || !withParagraph) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.SHOULD);
        Query context = textQueries.createBooleanQuery(CONTEXT, topic);
        if (context != null) {
            b.add(new BoostQuery(context, CONTEXT_WEIGHT), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A speaker known by no name or role, found where articles introduce speakers: the paragraph holds the
     * description's last word, its head ("mother"), and at least half of the others ("Dunn's mother, Charlotte
     * Charles, said" for "harry dunn mother").
     */
    private Query describedQuery(String described) {
        if (described == null) {
            return null;
        }
        Query words = textQueries.createBooleanQuery(CONTEXT, described);
        if (!(words instanceof BooleanQuery all)) {
            return words;
        }
        List<BooleanClause> clauses = all.clauses();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(clauses.getLast().query(), Occur.MUST);
        clauses.subList(0, clauses.size() - 1).forEach(c -> b.add(c.query(), Occur.SHOULD));
        return b.setMinimumNumberShouldMatch((clauses.size()) / 2).build();
    }

    private void addPhraseFilter(BooleanQuery.Builder b, String field, String words) {
        if (words == null || words.isBlank()) {
            return;
        }
        Query q = nameQueries.createPhraseQuery(field, words);
        // Words that analyse to nothing (punctuation only) cannot match anything the user meant: match none.
        b.add(q == null ? new BooleanQuery.Builder().build() : q, Occur.FILTER);
    }

    /** Whose statements a search orders: the index's order serves each differently (see {@link #INDEX_ORDER}). */
    private enum Among {
        /** Anyone's: the date's points skip the matches older than a date-ordered page. */
        ANYONE,
        /**
         * Several named speakers' (a small share of the index): skipping by the date's points costs more than it
         * saves, their doc values are read directly.
         */
        SPEAKERS,
        /** One speaker's: a stretch of the index, already newest first. */
        ONE_SPEAKER;

        static Among of(SearchRequest r) {
            return r.speakers().isEmpty() ? ANYONE : r.speakers().size() == 1 ? ONE_SPEAKER : SPEAKERS;
        }
    }

    /**
     * The page's order. Where every match scores the same, the score breaks no tie and is left out, so nothing
     * is scored; then one speaker's statements are read in the index's order, which stops after the page. Ties
     * break by {@code idOrder}, the id as the generation compares it fastest ({@link IdOrder}).
     */
    private static Sort sort(SortOrder order, boolean scores, Among among, SortField idOrder) {
        SortField newest = newestFirst(among == Among.ANYONE);
        SortField oldest = new SortField(DATE, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE);
        oldest.setOptimizeSortWithIndexedData(among == Among.ANYONE);
        Sort newestOnly = among == Among.ONE_SPEAKER ? INDEX_ORDER : new Sort(newest, idOrder);
        return switch (order) {
            case RELEVANCE -> scores ? new Sort(SortField.FIELD_SCORE, newest, idOrder) : newestOnly;
            case DATE -> scores ? new Sort(newest, SortField.FIELD_SCORE, idOrder) : newestOnly;
            case DATE_ASC -> scores ? new Sort(oldest, SortField.FIELD_SCORE, idOrder) : new Sort(oldest, idOrder);
        };
    }

    /** The index's last sort key, and the last tie-break of every search's order. */
    private static final SortField ID_ORDER = new SortField(ID, SortField.Type.STRING);

    /**
     * The order of the index: by speaker, then newest first, then by id. A speaker's statements lie together, so
     * a search within them reads only their stretch of each word's postings (a few blocks, where statements
     * spread over the index would touch most of a common word's), and come newest first, so a page of them in
     * date order is their first documents. Statements without a speaker come last.
     */
    private static final Sort INDEX_ORDER = indexOrder();

    private static Sort indexOrder() {
        SortedSetSortField speaker = new SortedSetSortField(SPEAKER, false);
        speaker.setMissingValue(SortField.STRING_LAST);
        return new Sort(speaker, newestFirst(true), ID_ORDER);
    }

    /**
     * Newest first, undated last. Within named speakers' statements (a small share of the index), skipping by the
     * date's points costs more than it saves: with {@code pointsSkip} false their doc values are read directly.
     */
    private static SortField newestFirst(boolean pointsSkip) {
        SortField newest = new SortField(DATE, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        newest.setOptimizeSortWithIndexedData(pointsSkip);
        return newest;
    }

    /**
     * The first {@code wanted} matches of {@code query} in {@code sort}, counting no further than {@code wanted}
     * (past it, Lucene may skip what cannot enter the page). Ranked by score within one speaker's statements, the
     * index's own order (newest first, then id) breaks ties as the sort's later fields would, so plain score order
     * serves: no sort values to compare.
     */
    private static ScoreDoc[] top(IndexSearcher searcher, Query query, Sort sort, Among among, int wanted) throws IOException {
        if (sort.getSort()[0] == SortField.FIELD_SCORE && among == Among.ONE_SPEAKER) {
            return searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
        }
        return searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted)).scoreDocs;
    }

    /** The hits of {@code docs} (doc ids of either searcher: both read the same segments), in that order. */
    private static List<Hit> hits(Snapshot s, int[] docs, Highlights highlights) throws IOException {
        List<QuoteDocuments.Stored> stored = QuoteDocuments.read(s.reader, docs);
        List<Hit> hits = new ArrayList<>(docs.length);
        // The marks come from the text's postings (positions and offsets), not from analysing each text again.
        TextPositions positions = highlights == null || highlights.isEmpty() ? null : new TextPositions(s.reader, highlights.terms());
        for (int i = 0; i < docs.length; i++) {
            IndexedQuote quote = stored.get(i).quote();
            List<int[]> highlight = positions == null ? List.of() : highlights.marks(positions.at(docs[i]));
            // The common case, one report, needs no look-up of the statement's key.
            List<ArticleRef> others = s.reportedTwice.get(docs[i]) ? otherReports(s, stored.get(i)) : List.of();
            hits.add(new Hit(quote, highlight, others));
        }
        return hits;
    }

    /** The other articles that reported the same statement, earliest first. */
    private static List<ArticleRef> otherReports(Snapshot s, QuoteDocuments.Stored report) throws IOException {
        TopDocs same = s.everyReport.search(new TermQuery(new Term(DUP_KEY, report.duplicateKey())), MAX_OTHER_REPORTS + 1);
        List<ArticleRef> others = new ArrayList<>();
        for (QuoteDocuments.Stored other : QuoteDocuments.read(s.reader, docs(same))) {
            if (!other.quote().id().equals(report.quote().id())) {
                others.add(other.quote().article());
            }
        }
        others.sort(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleRef::id));
        return others;
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    /**
     * One opened generation: the reader (owner of the files), a searcher over the first reports of each
     * statement (what searches see) and one over every report (lookups by id and of a statement's other
     * reports), and what is computed once per generation: the speakers, each speaker's total and facets
     * (the counts of any search that only names speakers), each quotation's facet values in arrays, and how ids
     * compare. Counts of other searches are not cached: counting
     * costs about as much however many match (see {@link FacetCounter}), and a benchmark that repeats a
     * question measures searching.
     */
    private record Snapshot(String generation, DirectoryReader reader, IndexSearcher searcher, IndexSearcher everyReport,
            List<SpeakerSummary> speakers, SpeakerFacets speakerFacets, FacetOrdinals ordinals, Bits reportedTwice,
            IndexStats stats, SortField idOrder) {

        /** Total and facets of {@code query} (rewritten), counted without scoring (see {@link FacetCounter}). */
        FacetCounter.Result counted(Query query) throws IOException {
            return new FacetCounter(FACET_VALUES, ordinals).count(searcher, query);
        }

        /** The generation in {@code folder}; empty when its documents have another layout than this version writes. */
        static Optional<Snapshot> open(String generation, Path folder) throws IOException {
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder));
            try {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!SCHEMA_VERSION.equals(data.getOrDefault(SCHEMA, "1"))) {
                    reader.close();
                    return Optional.empty();
                }
                List<SpeakerSummary> speakers = SpeakerTally.of(reader);
                DirectoryReader first = new FirstReports(reader);
                long quotations = first.numDocs();
                IndexStats stats = new IndexStats(quotations, Long.parseLong(data.getOrDefault(ARTICLES, "0")),
                        speakers.size(), Instant.parse(data.getOrDefault(BUILT_AT, Instant.EPOCH.toString())));
                FacetOrdinals ordinals = FacetOrdinals.of(first);
                return Optional.of(new Snapshot(generation, reader, searcher(first), searcher(reader), speakers,
                        SpeakerFacets.of(first, ordinals), ordinals, reportedTwice(reader), stats, IdOrder.of(first)));
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        }

        /**
         * A searcher without Lucene's query cache: the filters of a search (a speaker's or a word's postings) cost
         * little to read again, a cache shared by every request thread costs a lock on each clause, and a cached
         * clause would let a benchmark that repeats its questions measure the cache rather than the search.
         */
        private static IndexSearcher searcher(IndexReader reader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }

        /** The quotations whose statement more than one article reported (by doc id, every report). */
        private static Bits reportedTwice(DirectoryReader reader) throws IOException {
            FixedBitSet reported = new FixedBitSet(Math.max(1, reader.maxDoc()));
            Terms keys = MultiTerms.getTerms(reader, DUP_KEY);
            if (keys == null) {
                return reported;
            }
            TermsEnum key = keys.iterator();
            PostingsEnum docs = null;
            while (key.next() != null) {
                if (key.docFreq() >= 2) {
                    docs = key.postings(docs, PostingsEnum.NONE);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        reported.set(doc);
                    }
                }
            }
            return reported;
        }

        void release() {
            try {
                reader.decRef();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close index generation " + generation, e);
            }
        }
    }

    /** Writes one generation; see {@link QuoteIndex.Build}. */
    private final class LuceneBuild implements Build {
        private final String generation;
        private final IndexWriter writer;
        /** Per statement (duplicate hash): its earliest report so far, and the ids of the later ones. */
        private final Map<String, Reports> reports = new HashMap<>();
        private boolean committed;

        LuceneBuild(String generation) throws IOException {
            this.generation = generation;
            IndexWriterConfig config = new IndexWriterConfig(QuoteFields.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128)
                    .setIndexSort(INDEX_ORDER);
            this.writer = new IndexWriter(FSDirectory.open(generations.folder(generation)), config);
        }

        @Override
        public void add(IndexedQuote quote) throws IOException {
            Document doc = QuoteDocuments.document(quote);
            synchronized (reports) {
                reports.computeIfAbsent(doc.get(DUP_KEY), k -> new Reports()).add(quote);
            }
            writer.addDocument(doc);
        }

        @Override
        public void commit(long articles) throws IOException {
            for (Reports r : reports.values()) {
                for (String later : r.later) {
                    writer.updateNumericDocValue(new Term(ID, later), DUPLICATE, 1);
                }
            }
            // A generation is never written again: one segment makes every search look each word up once, not
            // once per segment (about a fifth less CPU per search on a million quotations), for a longer build.
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(BUILT_AT, Instant.now().toString(), ARTICLES, Long.toString(articles), SCHEMA,
                    SCHEMA_VERSION).entrySet());
            writer.commit();
            writer.close();
            committed = true;
            String previous = servedGeneration().orElse(null);
            generations.publish(generation);
            refresh();
            List<String> keep = previous == null ? List.of(generation) : List.of(generation, previous);
            generations.deleteAllBut(keep);
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                writer.rollback();
                Generations.deleteTree(generations.folder(generation));
            }
        }
    }

    /** The reports of one statement: the earliest (by article date, then article id) and the ids of the others. */
    private static final class Reports {
        private Report earliest;
        private final List<String> later = new ArrayList<>(1);

        void add(IndexedQuote q) {
            Report r = new Report(q.id(), q.article().date(), q.article().id());
            if (earliest == null) {
                earliest = r;
            } else if (r.before(earliest)) {
                later.add(earliest.id());
                earliest = r;
            } else {
                later.add(r.id());
            }
        }
    }

    /** Just enough of a quotation to order its reports, so a large build does not keep texts in memory. */
    private record Report(String id, LocalDate date, String articleId) {
        private static final Comparator<Report> ORDER = Comparator.comparing(Report::date,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Report::articleId)
                .thenComparing(Report::id);

        boolean before(Report other) {
            return ORDER.compare(this, other) < 0;
        }
    }
}
