package dev.whosaid.query;

import dev.whosaid.index.FacetCount;
import dev.whosaid.index.Hit;
import dev.whosaid.index.IndexStats;
import dev.whosaid.index.QuoteIndex;
import dev.whosaid.index.SearchPage;
import dev.whosaid.index.SearchRequest;
import dev.whosaid.index.SearchStages;
import dev.whosaid.index.SortOrder;
import dev.whosaid.index.SpeakerSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers questions from a {@link QuoteIndex}: the one place the CLI, the API and the page go through.
 * Knows nothing of HTTP. Bad input is an {@link IllegalArgumentException} whose message names the value.
 */
public final class SearchService {

    public static final int MAX_EXPORT = 10_000;
    private static final int PROFILE_QUOTES = 200;
    /** The newest quotations a speaker's topics are counted in. */
    private static final int TOPIC_QUOTES = 1000;
    private static final int TOPICS = 10;

    private final QuoteIndex index;
    private final Clock clock;
    private volatile DirectoryCache directory;

    public SearchService(QuoteIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    private record DirectoryCache(List<SpeakerSummary> source, SpeakerDirectory directory) {}

    /** The speaker directory of the served generation (rebuilt when the index switches generation). */
    private SpeakerDirectory directory() {
        List<SpeakerSummary> speakers = index.speakers();
        DirectoryCache cached = directory;
        if (cached == null || cached.source() != speakers) {
            cached = new DirectoryCache(speakers, new SpeakerDirectory(speakers));
            directory = cached;
        }
        return cached.directory();
    }

    public Answers.SearchAnswer search(SearchParams params) {
        return search(params, SearchStages.NONE);
    }

    /** A search that marks the end of each of its stages (a benchmark's breakdown of the cost). */
    public Answers.SearchAnswer search(SearchParams params, SearchStages stages) {
        Prepared p = prepare(params, params.page(), params.size());
        stages.done(SearchStages.Stage.PARSE);
        SearchPage page = index.search(p.request, stages);
        Answers.SearchAnswer answer = new Answers.SearchAnswer(p.understanding, page.total(), page.totalExact(), page.page(),
                page.size(), page.hits().stream().map(QuoteView::of).toList(), page.facets());
        stages.done(SearchStages.Stage.ANSWER);
        return answer;
    }

    /** Every matching quotation, up to {@value #MAX_EXPORT}, in the requested order. */
    public List<QuoteView> export(SearchParams params) {
        Prepared p = prepare(params, 1, MAX_EXPORT);
        return index.search(p.request).hits().stream().map(QuoteView::of).toList();
    }

    /** How a question is understood, without searching. */
    public Understanding understand(SearchParams params) {
        return prepare(params, 1, 1).understanding;
    }

    private record Prepared(SearchRequest request, Understanding understanding) {}

    private Prepared prepare(SearchParams params, int page, int size) {
        QuestionParser.Parsed parsed = new QuestionParser(directory(), clock).parse(params.q());
        Set<String> speakers = new LinkedHashSet<>(parsed.speakers());
        speakers.addAll(params.speakers());
        speakers.addAll(parsed.unknownSpeakers());
        String role = params.role() != null ? params.role() : parsed.role();
        String roleUnderstood = role != null ? role : parsed.roleSaid();
        String source = params.source() != null ? params.source() : parsed.source();
        var kind = params.kind() != null ? params.kind() : parsed.kind();
        var from = params.from() != null ? params.from() : parsed.from();
        var to = params.to() != null ? params.to() : parsed.to();
        Integer year = params.year() != null ? params.year() : parsed.year();
        SortOrder sort = params.sort() != null ? params.sort()
                : parsed.topic() != null || !parsed.phrases().isEmpty() ? SortOrder.RELEVANCE : SortOrder.DATE;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        SearchRequest request = new SearchRequest(List.copyOf(speakers), parsed.topic(), parsed.phrases(), role, source,
                year, kind, from, to, sort, page, Math.min(size, SearchRequest.MAX_SIZE),
                speakers.isEmpty() ? parsed.described() : null);
        String explanation = Explanation.of(request, parsed);
        Understanding understanding = new Understanding(params.q(), request.speakers(), parsed.topic(), parsed.phrases(),
                roleUnderstood, source, kind == null ? null : kind.label(), from, to, sort.label(), parsed.ambiguous(), explanation);
        return new Prepared(request, understanding);
    }

    public Optional<Answers.QuoteDetail> quote(String id) {
        return index.find(id).map(hit -> {
            QuoteView view = QuoteView.of(hit);
            List<QuoteView> sameSpeaker = new ArrayList<>();
            if (hit.quote().speaker() != null) {
                // The article's quotations, not the speaker's: a prolific speaker's thousands never need loading.
                for (Hit other : index.inArticle(hit.quote().article().id())) {
                    if (hit.quote().speaker().equals(other.quote().speaker()) && !other.quote().id().equals(id)) {
                        sameSpeaker.add(QuoteView.of(other));
                    }
                }
            }
            return new Answers.QuoteDetail(view, hit.quote().context(), sameSpeaker, hit.alsoReportedBy());
        });
    }

    /** Speakers whose any name word starts with {@code prefix} (all when blank), most statements first. */
    public Answers.SpeakerList speakers(String prefix, int limit) {
        return new Answers.SpeakerList(directory().withWordStarting(prefix == null ? "" : prefix).stream().limit(limit)
                .map(s -> new Answers.SpeakerEntry(s.name(), kindLabel(s), s.roles(), s.count())).toList());
    }

    public Answers.Suggestions suggest(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return new Answers.Suggestions(List.of());
        }
        return new Answers.Suggestions(directory().withWordStarting(prefix).stream().limit(limit)
                .map(s -> new Answers.Suggestion(s.name(), kindLabel(s), s.count())).toList());
    }

    /** Everything one speaker said: roles, topics, a monthly timeline and the newest quotations. */
    public Optional<Answers.SpeakerProfile> speaker(String name) {
        List<SpeakerSummary> fits = directory().resolve(name);
        Optional<SpeakerSummary> exact = fits.stream().filter(s -> s.name().equals(name)).findFirst();
        Optional<SpeakerSummary> chosen = exact.isPresent() ? exact : fits.size() == 1 ? Optional.of(fits.getFirst()) : Optional.empty();
        return chosen.map(s -> {
            // Topics come from the newest quotations only, and the timeline from dates alone: the work stays
            // bounded however much a speaker said.
            SearchPage newest = index.search(SearchRequest.bySpeaker(s.name(), TOPIC_QUOTES));
            List<Answers.Period> timeline = index.monthsOf(s.name()).stream().map(m -> new Answers.Period(m.value(), m.count())).toList();
            List<QuoteView> quotes = newest.hits().stream().limit(PROFILE_QUOTES).map(QuoteView::of).toList();
            // The count from the directory: exact, where a prolific speaker's search total is an estimate.
            return new Answers.SpeakerProfile(s.name(), kindLabel(s), s.count(), newest.facets().role(), topics(newest.hits()),
                    timeline, quotes);
        });
    }

    public Answers.Health health() {
        IndexStats stats = index.stats();
        return new Answers.Health("ok", stats.quotations(), stats.articles(), stats.speakers(), stats.builtAt());
    }

    /** The words a speaker uses most, counted once per quotation; function words and short words left out. */
    private static List<FacetCount> topics(List<Hit> hits) {
        Map<String, Integer> counts = new HashMap<>();
        for (Hit h : hits) {
            Set<String> seen = new HashSet<>();
            for (String w : Names.words(h.quote().text())) {
                if (w.length() > 3 && !StopWords.isStop(w) && !Topics.isCommon(w) && seen.add(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1 || hits.size() < 5)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOPICS).map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    private static String kindLabel(SpeakerSummary s) {
        return s.kind() == null ? null : s.kind().label();
    }
}
