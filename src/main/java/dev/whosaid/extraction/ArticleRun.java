package dev.whosaid.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Extraction of one article: every sentence's attributions, then the quotations no cue claimed. */
final class ArticleRun {

    /** Media after "by" that make a cue active ("said by telephone"), where other words after "by" are its agent. */
    static final Set<String> BY_MEDIA = Set.of("telephone", "phone", "cellphone", "email", "e-mail", "text",
            "video", "videolink", "satellite", "letter", "fax", "skype", "mail");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are", "to", "am");
    /** Words before an "asked" whose subject is the one asked ("when asked", "was asked"). */
    private static final Set<String> ASKED_AFTER = Set.of("when", "after", "once", "if", "was", "were", "being", "been");
    /** Words that open the question after a sentence-opening "Asked". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "why", "what", "which", "who", "whom",
            "how", "when", "where", "about");
    /** "says there is …": "there" opening a clause, not a place. */
    private static final Set<String> EXISTENTIAL_VERBS = Set.of("is", "are", "was", "were", "will", "would", "has",
            "have", "had", "may", "might", "could", "should", "must", "can", "'s", "seems", "appears");
    /** Cues whose content may be an infinitive ("vowed to bring back jobs"). */
    private static final Set<String> INFINITIVE_CUES = Set.of("vowed", "vows", "promised", "promises", "pledged",
            "pledges", "agreed", "agrees", "threatened", "threatens", "refused", "refuses", "declined", "declines",
            "urged", "urges", "offered", "offers", "proposed", "proposes", "hopes", "hoped", "wants", "planned",
            "plans", "asked", "asks", "demanded", "demands", "called", "encouraged", "warned", "vowing", "promising",
            "pledging", "urging", "threatening", "refusing",
            // lexicon cues whose infinitive train annotates as content more often than not ("is hoping to win")
            "hoping", "seeks");

    /** Verbs that report someone else's words as "quoted X as saying". */
    private static final Set<String> QUOTING_VERBS = Set.of("quoted", "quotes", "quoting", "cited", "cites", "citing");
    private static final Set<String> PROGRESSIVE = Set.of("is", "was", "are", "were", "been", "be");
    /** Words after which an -ing cue speaks for the sentence's subject ("…, saying", "by saying"). */
    private static final Set<String> PARTICIPLE_AFTER = Set.of(",", "by", "while", "before", "after", "when", "upon",
            "—", "–");
    /** Things that carry words, after which an -ing cue gives their content ("issued a statement saying …"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "letter", "letters", "email",
            "emails", "e-mail", "tweet", "tweets", "post", "posts", "message", "messages", "memo", "note", "release",
            "report", "video", "ad", "ads", "op-ed", "editorial", "filing", "complaint", "lawsuit", "petition", "sign",
            "signs", "banner", "calls", "text", "texts", "headline", "notice", "motion", "brief", "resolution");
    private static final int MIN_STANDALONE_WORDS = 4;
    /** The most unquoted words leading into a quotation that goes on with the one before ("But “…”", "Instead, “…”"). */
    private static final int MAX_LEAD_WORDS = 8;
    private static final double LABEL_CONFIDENCE = 0.8;
    private static final int MAX_CIRCUMSTANCE_WORDS = 8;
    /** The most tokens of circumstances between a cue and its quotation ("said in an op-ed before a 2014 hearing, “…”"). */
    private static final int MAX_CIRCUMSTANCE_TOKENS_BEFORE_QUOTE = 14;
    private static final Set<String> CLAUSE_OPENERS = Set.of("because", "that", "which", "who", "whose", "if", "when",
            "while", "although", "though", "and", "but");
    /** The fewest words of a content: a lone "But" before "according to" is none. */
    private static final int MIN_CONTENT_WORDS = 2;
    private static final int MIN_UNATTRIBUTED_WORDS = 8;
    /** The most unquoted words of a sentence that only says who spoke ("Wlezien told Bloomberg in late May."). */
    private static final int MAX_ATTRIBUTION_WORDS = 12;
    /** The most tokens of insertions between a subject and its cue ("Rubio, R-Fla., appearing on Fox News, said"). */
    private static final int MAX_INSERTION_TOKENS = 25;
    /** The most tokens of insertions between a sentence's opening subject and its cue ("Wilcox, whose education …"). */
    private static final int MAX_APPOSITION_TOKENS = 40;
    /** The most lower-case words describing a speaker before their name ("election law expert Rick Hasen"). */
    private static final int MAX_DESCRIPTOR_WORDS = 3;
    /** The most tokens after the name of a source before the comma that closes it ("the exit poll conducted by …,"). */
    private static final int MAX_SOURCE_TAIL_TOKENS = 16;

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "nor");
    /** Conjunctions that join a speaker's second act to the first ("… and said", "… but later said"). */
    private static final Set<String> CONJUNCTIONS_OF_ACTS = Set.of("and", "but");
    /** Punctuation that closes a speaker named after the cue ("said Dan Gerstein, an analyst"). */
    private static final Set<String> CLAUSE_STOPS = Set.of(",", ".", ";");
    /** Object pronouns of a listener after "to". */
    private static final Set<String> LISTENER_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you", "reporters");
    /** How many quotations found last a new one is checked against: a repeat stands in the same sentence or next. */
    private static final int REPEAT_LOOKBACK = 8;
    /** The most tokens of a headline label before its colon ("McCain Challenger Kelli Ward: …"). */
    private static final int MAX_LABEL_TOKENS = 6;
    private static final int MIN_LABELLED_WORDS = 3;
    /** A headline has this many longer words, and this share of them capitalised. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final double HEADLINE_CAPITALISED = 0.8;

    /** Words that open what tells of an inverted speaker or the occasion ("said Baker, who …", "said Baker during …"). */
    private static final Set<String> AFTER_INVERTED_SPEAKER = Set.of("who", "whose", "when", "while", "during", "after",
            "before", "as", "in", "at", "on", "following");
    /**
     * "Said Comey, “…”", "Added Dorothy Poynter, who grew up with him, “…”": a verb of saying opening its sentence, its
     * speaker right after it, and the quotation that follows a comma or colon; or null.
     */
    private Attribution openingInvertedCue(int i, int e) {
        String w = doc.token(i).lower();
        if (!invertsSpeaker(w) || w.endsWith("ing") || i + 2 >= e) {
            return null;
        }
        Mention speaker = finder.rightFrom(i + 1, e);
        if (speaker == null || speaker.first() != i + 1 || speaker.type() == Mention.Type.PRONOUN) {
            return null;
        }
        for (int k = speaker.last() + 1; k < e; k++) {
            if (doc.opensQuote(k)) {
                boolean introduced = doc.token(k - 1).text().equals(",") || doc.token(k - 1).text().equals(":");
                return introduced ? new Attribution(i, i, speaker, k, bounds.clauseEnd(k, e), -1, -1) : null;
            }
            if (doc.quoted(k) || cues.isCue(doc.token(k).lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Verbs of saying besides {@link ContentBounds#SAY_FORMS} that put their speaker after them when a quotation comes
     * first ("“…,” tweeted another", "“…,” replied a spokesman who …"), though they take no reported clause as the
     * say forms do ("tweeted a chart", "responded with a statement").
     */
    private static final Set<String> INVERTING_CUES = Set.of("tweeted", "posted", "replied", "responded", "continued",
            "recalled", "asked", "answered", "countered", "quipped", "joked");

    private static boolean invertsSpeaker(String w) {
        return ContentBounds.SAY_FORMS.contains(w) || INVERTING_CUES.contains(w);
    }

    /** Present and past "say", whose clause's opening words speak where no speaker is known ("Others say"). */
    private static final Set<String> SAYING = Set.of("say", "says", "said");
    /** Quantifiers that open a plural noun phrase ("many voters", "several aides"). */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("many", "several", "few", "both", "these", "those",
            "some", "most", "all", "other", "two", "three", "four", "five");

    private final Document doc;
    private final LocalDate articleDate;
    private final CueLexicon cues;
    private final MentionFinder finder;
    private final ContentBounds bounds;
    private final Pieces pieces;
    private final UnnamedSubjects unnamed;
    private final Entities entities;
    private final List<Found> found = new ArrayList<>();
    private final boolean[] quoteUsed;
    /** Tells a quotation that repeats one found before; null where every candidate is kept (for training). */
    private final Repeats repeats;
    private Speaker lastSpeaker;
    /** The interviewee whose labelled answer ended the paragraph before, and their label, or null. */
    private Mention answering;
    private Span answeringLabel;
    private int answeringParagraph = -2;

    /**
     * An emitted quotation with where its attribution stood; {@code dated} when time words of its own sentence gave its
     * date.
     */
    private record Found(Quotation quotation, int paragraph, Mention mention, Speaker speaker, String cue, Span cueSpan,
            boolean dated) {}

    ArticleRun(Document doc, LocalDate articleDate, CueLexicon cues, boolean keepsRepeats) {
        this.doc = doc;
        this.repeats = keepsRepeats ? null : new Repeats(doc.text);
        this.articleDate = articleDate;
        this.cues = cues;
        this.finder = new MentionFinder(doc);
        this.bounds = new ContentBounds(doc, cues);
        this.pieces = new Pieces(doc, bounds);
        this.unnamed = new UnnamedSubjects(doc, cues, finder, bounds);
        this.entities = new Entities(doc, finder);
        this.quoteUsed = new boolean[doc.quotes.size()];
    }

    List<Quotation> run() {
        int skippedParagraph = -1; // a labelled one or a source line: no sentence of it is read
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int b = doc.sentenceBegin(s);
            int e = doc.sentenceEnd(s);
            if (b < doc.size() && doc.paragraphOf[b] == skippedParagraph) {
                continue;
            }
            if (b < doc.size() && (b == 0 || doc.paragraphOf[b - 1] != doc.paragraphOf[b])
                    && (SourceLines.isSourceLine(doc.text, doc.token(b).start()) || labelled(b))) {
                skippedParagraph = doc.paragraphOf[b];
                continue;
            }
            askedQuestion(b, e);
            List<Attribution> attributions = cutAtNextSpeaker(attributions(b, e));
            for (Attribution a : attributions) {
                emit(a);
            }
            appearances(b, e, attributions);
            unclaimedQuotes(s);
        }
        found.sort(Comparator.comparingInt(f -> f.quotation().start()));
        List<Quotation> out = RoleText.shared(datesCarried());
        // pieces joined since may repeat others
        return repeats == null ? out : repeats.dropped(out, q -> byLexiconCue(q.cueSpan()), q -> isFinding(q.cueSpan()));
    }

    /**
     * The quotations in order, each undated one of a speaker taking the date of that speaker's previous quotation
     * in the same or the paragraph before, unless time words stand between them ("On Friday, Obama took a lighter
     * tone") or mark another time ("had previously called"): "In a ruling on Friday, the judge wrote … He added …"
     * are one occasion. A cue in the present ("says") speaks of now, and keeps the article date.
     */
    private List<Quotation> datesCarried() {
        Map<String, Found> lastDated = new HashMap<>();
        List<Quotation> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Quotation q = f.quotation();
            String speaker = q.speaker();
            Found before = speaker == null ? null : lastDated.get(speaker);
            if (speaker == null || f.dated()) {
                out.add(q);
                if (speaker != null) {
                    lastDated.put(speaker, f);
                }
                continue;
            }
            boolean sameOccasion = before != null && f.paragraph() - before.paragraph() <= 1 && !inThePresent(f.cue())
                    && f.cueSpan() != null && before.cueSpan() != null
                    && !DateResolver.timeWordsBetween(doc, doc.tokenAt(before.cueSpan().end() - 1) + 1,
                            doc.tokenAt(f.cueSpan().start()), articleDate)
                    && !DateResolver.atAnotherTime(doc, doc.tokenAt(f.cueSpan().start()));
            out.add(sameOccasion ? q.withDate(before.quotation().date()) : q);
            if (sameOccasion) {
                lastDated.put(speaker, f);
            } else {
                lastDated.remove(speaker);
            }
        }
        return out;
    }

    /** "says", "tells", "argues": a cue in the present tense. */
    private static boolean inThePresent(String cue) {
        String first = cue == null ? "" : cue.strip().split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return first.endsWith("s") && !first.endsWith("ss") && !first.equals("was") && !first.equals("has");
    }

    /**
     * "((Philipp Hagemeister)) I saw the notice …", "PENCE: Well, …": the paragraph is the labelled speaker's. A
     * transcript quoted whole opens each paragraph with a mark before the label.
     */
    private boolean labelled(int begin) {
        SpeakerLabels.Label label = SpeakerLabels.at(doc, doc.opensQuote(begin) ? begin + 1 : begin);
        if (label == null) {
            return answerGoesOn(begin);
        }
        int end = label.content();
        while (end < doc.size() && doc.paragraphOf[end] == doc.paragraphOf[begin]) {
            end++;
        }
        Mention m = doc.quoted(label.first()) ? labelMention(label) : finder.nounPhraseEndingAt(label.last(), label.first());
        Span content = pieces.contentSpan(label.content(), end);
        if (m == null || content == null) {
            return false;
        }
        markUsed(List.of(content));
        answering = null;
        if (label.asks()) {
            return true; // the interviewer's question: no one's statement
        }
        Span labelSpan = new Span(doc.token(label.first()).start(), doc.token(label.last()).end());
        add(List.of(content), QuoteKind.DIRECT, entities.resolve(m, lastSpeaker), m, labelSpan.of(doc.text), labelSpan,
                -1, LABEL_CONFIDENCE);
        if (label.interview()) {
            answering = m;
            answeringLabel = labelSpan;
            answeringParagraph = doc.paragraphOf[begin];
        }
        return true;
    }

    /** An interview answer that runs on into the paragraph from {@code begin}, which has no label of its own. */
    private boolean answerGoesOn(int begin) {
        if (answering == null || doc.paragraphOf[begin] != answeringParagraph + 1) {
            answering = null;
            return false;
        }
        int end = begin;
        while (end < doc.size() && doc.paragraphOf[end] == doc.paragraphOf[begin]) {
            end++;
        }
        Span content = pieces.contentSpan(begin, end);
        if (content == null) {
            return false;
        }
        markUsed(List.of(content));
        add(List.of(content), QuoteKind.DIRECT, entities.resolve(answering, lastSpeaker), answering,
                answeringLabel.of(doc.text), answeringLabel, -1, LABEL_CONFIDENCE);
        answeringParagraph++;
        return true;
    }

    /** The name of a label inside a quoted transcript, which the mention finder passes over as quoted text. */
    private Mention labelMention(SpeakerLabels.Label label) {
        Span span = new Span(doc.token(label.first()).start(), doc.token(label.last()).end());
        return new Mention(label.first(), label.last(), span, span.of(doc.text), null, Mention.Type.NAME);
    }

    // ---- reported speech and attributed quotations, sentence by sentence

    /**
     * "Asked during a debate why he trailed, Sanders said …", "…, she said when asked whether …", "he was asked what
     * happened": the question put to someone; its speaker is the asker where "by" names one ("asked by a reporter
     * whether …"), else it has none.
     */
    private void askedQuestion(int b, int e) {
        for (int a = b; a + 2 < e; a++) {
            if (!doc.quoted(a) && doc.token(a).is("asked")
                    && (a == b ? doc.token(a).text().equals("Asked") : ASKED_AFTER.contains(doc.token(a - 1).lower()))) {
                question(a, e);
            }
        }
    }

    /**
     * The question after the "asked" at {@code asked}, past a few words of circumstances, up to a comma: a question
     * word, the topic ("when asked about the loan": annotated 21 times of 28 on train) or the request ("was asked to
     * name one achievement": 15 of 19).
     */
    private void question(int asked, int e) {
        for (int k = asked + 1; k < e && k <= asked + MAX_CIRCUMSTANCE_WORDS; k++) {
            Token t = doc.token(k);
            if (!t.isWord() || doc.quoted(k)) {
                return;
            }
            if (QUESTION_WORDS.contains(t.lower()) || CueLexicon.isInfinitive(doc, k, e)) {
                int end = k + 1;
                while (end < e && !(doc.token(end).text().equals(",") && !doc.quoted(end)) && !bounds.quoteGoesOn(end)) {
                    end++; // "whether Clinton “has the integrity …,”": a quotation inside the question goes on with it
                }
                boolean sentenceEnds = end == e || end + 1 == e;
                Span content = end < e || sentenceEnds ? pieces.contentSpan(k, end) : null;
                if (content != null && bounds.wordsIn(k, end) >= 2) {
                    Span cueSpan = new Span(doc.token(asked).start(), doc.token(asked).end());
                    Mention asker = askerBy(asked, k);
                    Speaker answering = lastSpeaker;
                    add(List.of(content), QuoteKind.INDIRECT, asker == null ? null : entities.resolve(asker, lastSpeaker),
                            asker, cueSpan.of(doc.text), cueSpan, asked, 0.5);
                    lastSpeaker = answering; // the asker only puts the question: a "he said" after it is the one asked
                }
                return;
            }
        }
    }

    /** "asked by a reporter whether …": the one named after "by", between the "asked" and the question; or null. */
    private Mention askerBy(int asked, int question) {
        for (int k = asked + 1; k < question; k++) {
            if (doc.token(k).is("by")) {
                return finder.rightFrom(k + 1, question);
            }
        }
        return null;
    }

    /**
     * "The plan appears to be failing", "Obama is expected to join Clinton": the subject and the infinitive of a
     * raising verb, an assessment without a source, unless it stands in the content of an attribution; likewise the
     * subject and predicate around an adverb of hearsay ({@link Hearsay}: "The FBI is reportedly preparing …") and the
     * subject and view of a passive verb of perception ({@link Perceptions}: "The state is widely seen as a bellwether").
     */
    private void appearances(int b, int e, List<Attribution> attributions) {
        for (int i = b; i < e; i++) {
            Appearances.Appearance a = Appearances.isRaisingVerb(doc, i, b, e) && !saysAfter(i) ? Appearances.at(doc, bounds, i, b, e)
                    : Hearsay.isHearsay(doc, cues, i, b, e) ? Hearsay.at(doc, bounds, i, b, e)
                    : Perceptions.isPerception(doc, i, b, e) ? Perceptions.at(doc, bounds, i, b, e) : null;
            if (a == null || inContent(i, attributions)) {
                continue;
            }
            List<Span> spans = new ArrayList<>(2);
            Span subject = a.subjectFrom() < 0 ? null : pieces.contentSpan(a.subjectFrom(), a.subjectTo());
            if (subject != null) {
                spans.add(subject);
            }
            Span content = pieces.contentSpan(a.from(), a.to());
            if (content == null || bounds.wordsIn(a.from(), a.to()) < 2) {
                continue;
            }
            spans.add(content);
            markUsed(spans);
            // The cue with its auxiliaries and adverbs where a subject stands before them: "is widely expected"
            Span cueSpan = new Span(doc.token(a.subjectTo() >= 0 ? a.subjectTo() : i).start(), doc.token(i).end());
            add(spans, pieces.kindOf(spans), null, null, cueSpan.of(doc.text), cueSpan, i, 0.5);
        }
    }

    /** "The mayor appeared to suggest that …": a verb of saying in the raising verb's infinitive, whose subject speaks. */
    private boolean saysAfter(int raising) {
        return cues.isCue(doc.token(raising + 2).lower());
    }

    /** Whether token {@code k} lies in the content of one of the attributions. */
    private static boolean inContent(int k, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (CueContext.inContent(a, k)) {
                return true;
            }
        }
        return false;
    }

    private List<Attribution> attributions(int b, int e) {
        List<Attribution> out = new ArrayList<>();
        // those of speakers: the respondents of a poll speak for themselves, not inside what the poll found
        List<Attribution> spoken = new ArrayList<>();
        Attribution label = headlineLabel(b, e);
        if (label != null && cues.admits(CueContext.of(doc, label, out, cues))) {
            out.add(label);
            spoken.add(label);
        }
        boolean headline = isTitleCase(b, e);
        for (int i = label == null ? b : label.to(); i < e; i++) {
            if (doc.quoted(i) || Appearances.isRaisingVerb(doc, i, b, e)) {
                continue; // "seems to", "is expected to": no one's words, see appearances
            }
            Token t = doc.token(i);
            Attribution a = null;
            int pollComma = i == b ? PollFindings.commaAfterPoll(doc, i, e) : -1;
            boolean source = false;
            if (t.lower().equals("according") && i + 1 < e && doc.token(i + 1).is("to")) {
                a = accordingTo(i, i + 1, b, e);
                source = true;
            } else if (asReportedBy(i, e) && !mediumAfterCue(i, b, e)) {
                a = accordingTo(i, i + 2, b, e); // "As reported by The Hill, …" names its source as "according to" does
                source = true;
            } else if (pollComma >= 0) {
                a = pollFinding(i, pollComma, e);
            } else if (PassiveAgents.isPassiveCue(doc, cues, i, b, e)) {
                a = PassiveAgents.at(doc, finder, i, b, e); // "The meeting was first reported by Politico"
                if (a != null && !cues.admits(CueContext.of(doc, a, spoken, cues))) {
                    a = null;
                }
            } else if ((a = AttitudeNouns.ownedStance(doc, finder, bounds, cues, i, b, e)) != null) {
                if (!cues.admits(CueContext.of(doc, a, spoken, cues))) {
                    a = null;
                }
            } else if (cues.isCue(t.lower()) || cues.isCandidate(t.lower()) || cues.isOpenCandidate(doc, i, e)
                    || verbAfterSubject(i, b, e)) {
                Attribution inverted = i == b && !headline ? openingInvertedCue(i, e) : null;
                if (inverted == null && t.isCapitalized() && (i == b || !headline)
                        && (headline || !OpeningParticiples.opens(doc, i, b))) {
                    continue; // a capitalised cue speaks only inside a headline ("Clinton Pollster Says Clinton Is …")
                }
                if (!cues.isCue(t.lower()) && doc.token(e - 1).text().equals("?")) {
                    continue; // "What do you think of the notice?": a question asks, it reports no belief
                }
                if (i > b && doc.token(i - 1).is("of") && t.lower().endsWith("ed")) {
                    continue; // "the total number of confirmed infections": a participle before its noun, no act
                }
                a = inverted != null ? inverted : cue(i, b, e, spoken); // "Said Comey, “…”" opens with its cue
                if (a != null && a.to() > a.from() && (!cues.isCue(t.lower()) && quotesTitle(a)
                        && !Namings.quotesSpeakersName(doc, a) || !cues.admits(CueContext.of(doc, a, spoken, cues)))) {
                    a = null;
                }
            }
            if (a != null && a.to() > a.from()) {
                out.add(a);
                if (PollFindings.isFinding(doc, a)) {
                    i = a.mention().last(); // "In a poll released Monday, …": the poll's phrase holds no cue of its own
                } else {
                    spoken.add(a);
                }
                if (source && a.from() > i) {
                    i = a.from() - 1; // "According to the officer in charge of the base that night, …": nor the source's
                }
            }
        }
        return out;
    }

    /** "In a poll released Monday, 50 percent chose Clinton": the poll up to {@code comma} found the clause after it. */
    private Attribution pollFinding(int in, int comma, int e) {
        if (bounds.wordsIn(comma + 1, e) < 2) {
            return null;
        }
        Span span = new Span(doc.token(in + 1).start(), doc.token(comma - 1).end());
        Mention poll = new Mention(in + 1, comma - 1, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
        return new Attribution(in, in, poll, comma + 1, e, -1, -1);
    }

    /**
     * "Milbank: Republicans ‘Waving The Flag Of Surrender’", "Report: Half of …": a paragraph that opens with a
     * short noun phrase and a colon gives the rest of its sentence to that phrase; its {@link CueContext} (the
     * colon as form) decides whether that was a speaker; or null. All-capital transcript labels are
     * {@link SpeakerLabels}'.
     */
    private Attribution headlineLabel(int b, int e) {
        if (b >= doc.size() || b > 0 && doc.paragraphOf[b - 1] == doc.paragraphOf[b]) {
            return null;
        }
        for (int k = b + 1; k < e && k <= b + MAX_LABEL_TOKENS; k++) {
            Token t = doc.token(k);
            if (t.text().equals(":")) {
                Mention m = finder.nounPhraseEndingAt(k - 1, b);
                boolean speaker = m != null && m.first() == b && m.type() != Mention.Type.PRONOUN
                        && m.type() != Mention.Type.RELATIVE && !(k == b + 1 && isKicker(doc.token(b).lower()))
                        && !SpeakerLabels.isHeading(doc, b, k - 1);
                return speaker && bounds.wordsIn(k + 1, e) >= MIN_LABELLED_WORDS
                        ? new Attribution(k, k, m, k + 1, e, -1, -1) : null;
            }
            if (doc.quoted(k) || !t.isWord() && !t.text().equals(".") && !t.isPossessive()) {
                return null;
            }
        }
        return null;
    }

    /** "Breaking:", "Revealed:", "Watch:": a one-word label that announces rather than names a speaker. */
    private static boolean isKicker(String lowerWord) {
        return Lexicon.KICKERS.contains(lowerWord) || lowerWord.endsWith("ing") || lowerWord.endsWith("ed");
    }

    /** "played “Born in the U.S.A.”": content that opens with a quoted title names a work, it reports nothing. */
    private boolean quotesTitle(Attribution a) {
        int q = quoteAt(a.from());
        return q >= 0 && NonStatements.isTitle(doc, q);
    }

    /** The quotation that token {@code k} opens or stands in, or -1. */
    private int quoteAt(int k) {
        return doc.opensQuote(k) && k + 1 < doc.size() ? doc.quoteOf[k + 1] : doc.quoteOf[k];
    }

    /** Most longer words of the sentence capitalised: a headline, where cue words are capitalised too. */
    private boolean isTitleCase(int b, int e) {
        int words = 0;
        int capitalised = 0;
        for (int k = b; k < e; k++) {
            Token t = doc.token(k);
            if (t.isWord() && t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalised += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= MIN_HEADLINE_WORDS && capitalised >= words * HEADLINE_CAPITALISED;
    }

    /**
     * "According to the ministry, …", "…, according to recent polls": the source named after the phrase from {@code i}
     * to {@code cueLast}, with the clause after it or before it as the content; or null.
     */
    private Attribution accordingTo(int i, int cueLast, int b, int e) {
        Mention m = finder.rightFrom(cueLast + 1, e);
        if (m == null) {
            m = unnamed.source(cueLast + 1, e); // "according to recent polls"
        }
        if (m == null) {
            return null;
        }
        // "…, according to the Tax Foundation, more than …": a clause before it is the content
        // "But according to …, …", "…: According to …, …": a lone conjunction or a colon leaves the content after it
        int leftWords = bounds.wordsIn(b, i);
        boolean opensSentence = i == b || doc.token(i - 1).text().equals("(") // "(According to the police, …)"
                || doc.token(i - 1).text().equals(",") && leftWords < ContentBounds.MIN_LEFT_CONTENT
                || leftWords < MIN_CONTENT_WORDS && CONJUNCTIONS.contains(doc.token(i - 1).lower())
                || doc.token(i - 1).text().equals(":");
        int after = commaAfterSource(m, e);
        String readAfter = roleReadAfter(m, after, e);
        int closing = readAfter == null ? e : bounds.firstUnquoted(after + 1, e, ","::equals);
        boolean description = readAfter != null && (closing < e || !opensSentence)
                && (RoleText.headsPerson(readAfter) || Lexicon.INDEFINITE.contains(doc.token(after + 1).lower()));
        if (description) {
            // "…, according to John Smith, a spokesman for the firm, the rise …": the content goes on past the description
            after = closing;
        } else if (readAfter != null) {
            // "According to the Gun Violence Archive, the shooting followed …": the words after the comma are the
            // content, not a description of the source
            int lastPart = m.role().lastIndexOf(", ");
            m = m.withRole(lastPart < 0 ? null : m.role().substring(0, lastPart)); // the title before it stays
        }
        if (!opensSentence) {
            if (i > b && after < e && doc.token(after).text().equals(",")
                    && bounds.goesOnAfterInsertion(after + 1, e, leftWords)) {
                // "Over the long term, according to the budget office, the rise …": the content goes on after it
                return new Attribution(i, cueLast, m, b, i - 1, after + 1, bounds.clauseEnd(after + 1, e));
            }
            return i > b ? new Attribution(i, cueLast, m, b, i, -1, -1) : null;
        }
        if (after < e && doc.token(after).text().equals(",") && bounds.wordsIn(after + 1, e) >= 2) {
            return new Attribution(i, cueLast, m, after + 1, bounds.clauseEnd(after + 1, e), -1, -1);
        }
        if (i == b && bounds.wordsIn(m.last() + 1, e) >= 3) {
            return new Attribution(i, cueLast, m, m.last() + 1, e, -1, -1); // "According to the ministry over 345 died"
        }
        return null;
    }

    /**
     * "President Erdogan said — as reported by Hurriyet Daily News — “…”": at {@code i}, "as reported by" set off right
     * after a verb of saying names the medium that carried the words, not their speaker.
     */
    private boolean mediumAfterCue(int i, int b, int e) {
        return i - 2 >= b && (Lexicon.isDash(doc.token(i - 1).text()) || doc.token(i - 1).text().equals(","))
                && cues.isCue(doc.token(i - 2).lower()) && asReportedBy(i, e);
    }

    /** "As reported by", "as noted by": a passive verb of saying after "as" whose agent is the source. */
    private boolean asReportedBy(int i, int e) {
        return i + 3 < e && doc.token(i).is("as") && cues.isCue(doc.token(i + 1).lower())
                && doc.token(i + 1).lower().endsWith("ed") && passiveBy(i + 2, e);
    }

    /**
     * The part of the source's role that was read from the words after its comma at {@code comma} ("according to John
     * Smith, a spokesman for the firm, …" gives "spokesman for the firm"); or null where none was read there.
     */
    private String roleReadAfter(Mention m, int comma, int e) {
        if (m.role() == null || comma + 1 >= e || !doc.token(comma).text().equals(",")) {
            return null;
        }
        String role = m.role().substring(m.role().lastIndexOf(", ") + 1).strip(); // its last part: titles come first
        String next = doc.text.substring(doc.token(comma + 1).start(), doc.token(e - 1).end());
        return !role.isEmpty() && next.replaceFirst("^(?:[Aa]n?|[Tt]he) ", "").startsWith(role) ? role : null;
    }

    /** The comma that closes the source named after "according to" ("According to a new report by Politico, …"). */
    private int commaAfterSource(Mention m, int e) {
        int after = m.last() + 1;
        for (int k = after; k < e && k < after + MAX_SOURCE_TAIL_TOKENS; k++) {
            Token t = doc.token(k);
            if (t.text().equals(",")) {
                return k;
            }
            int past = finder.afterParenthesis(k, Math.min(e, k + MAX_PARENTHESIS_TOKENS + 1));
            if (past > k) {
                k = past - 1; // "the National Transportation Safety Board (NTSB), …"
                continue;
            }
            // "the officer in charge of the CIA's base", "a University of Texas/Texas Tribune poll" go on
            if (!t.isWord() && !t.isPossessive() && !t.text().equals("/") || doc.quoted(k)) {
                break;
            }
        }
        return after;
    }

    /**
     * The token after the listener of a verb of telling at {@code i} ("told reporters | that …", "telling the Post | :
     * “…”"), up to its "that" where one comes soon; else the token after the cue.
     */
    private int afterListener(int i, int e) {
        int j = i + 1;
        if (!ContentBounds.TELL_CUES.contains(doc.token(i).lower())) {
            return j;
        }
        int that = bounds.thatWithin(j, e, 12);
        int object = bounds.skipObject(j, e);
        return that >= 0 ? that : object < e && doc.token(object).is("to") ? j : object; // "told his advisers to …"
    }

    /** The most tokens of a parenthesis after a source, its ")" included ("(NTSB)"). */
    private static final int MAX_PARENTHESIS_TOKENS = 6;

    /**
     * "is once again questioning the integrity of …", "has detailed the spending", "will demand a recount", "backed
     * Clinton": a verb right after a subject mention and any auxiliaries and adverbs, whatever the verb, is an open
     * candidate whose object is the content; the learned {@link CueContext} model tells beliefs, intentions and
     * evaluations, which annotators mark, from mere deeds. A word before a verb ("Clinton aides said", "GOP
     * operatives forced", "party leaders have") heads the subject, it is no verb itself.
     */
    private boolean verbAfterSubject(int i, int b, int e) {
        Token t = doc.token(i);
        if (i + 1 >= e || t.isCapitalized() || !t.isWord() || !CueLexicon.isOpenWord(t.lower())
                || cues.looksFinite(doc.token(i + 1)) || insideName(i) || pluralAfterQuantifier(i, b)) {
            return false;
        }
        ContentBounds.VerbChain chain = ContentBounds.verbChain(doc, i, b);
        return chain.subjectEnd() >= b && cues.looksLikeVerb(t.lower(), chain.aux())
                && finder.leftOf(chain.subjectEnd(), b) != null;
    }

    /**
     * "Many economists believe": an -s form after a plural quantifier is a noun, a plural subject takes no -s verb;
     * before a particle the noun may still be a cue of its own ("some shots at Sanders").
     */
    private boolean pluralAfterQuantifier(int i, int b) {
        return i > b && PLURAL_QUANTIFIERS.contains(doc.token(i - 1).lower()) && doc.token(i).lower().endsWith("s")
                && !CueLexicon.PARTICLES.contains(doc.token(i + 1).lower());
    }

    /** "Mat dos Santos", "Ursula von der Leyen": a short lower-case word between capitals is part of a name. */
    private boolean insideName(int i) {
        return doc.token(i).text().length() <= 3 && i > 0 && doc.token(i - 1).isCapitalized()
                && doc.token(i + 1).isCapitalized();
    }

    private Attribution cue(int i, int b, int e, List<Attribution> before) {
        Attribution owned = possessedClaim(i, b, e);
        if (owned != null) {
            return owned;
        }
        if (owned(i, b)) {
            return null; // "…, the council's own plan.": a noun its owner holds, no verb whose subject stands before it
        }
        String w = doc.token(i).lower();
        String prev = i > b ? doc.token(i - 1).lower() : "";
        ContentBounds.VerbChain chain = ContentBounds.verbChain(doc, i, b);
        boolean afterBe = CueLexicon.auxClass(chain.aux()).equals("be");
        boolean progressive = w.endsWith("ing") && (PROGRESSIVE.contains(prev) || afterBe);
        // "is confident that", "was eager to": a state of mind, whose subject holds the clause after it
        boolean state = StateComplements.opens(doc, i, e);
        if ((PASSIVE.contains(prev) || afterBe) && !progressive && !state || i + 1 < e && passiveBy(i + 1, e)) {
            return null;
        }
        if (w.endsWith("ing") && !progressive && !withSubject(i, b)) {
            Mention quoted = prev.equals("as") ? quotedAs(b, i - 1) : null;
            if (quoted != null) {
                int from = bounds.skipThat(i + 1, e); // "Politico quoted Tim Manning, a former official, as saying …"
                return bounds.wordsIn(from, e) >= 2 ? new Attribution(i, i, quoted, from, bounds.clauseEnd(from, e), -1, -1) : null;
            }
            Mention finding = Findings.sourceBefore(doc, cues, i, b); // "despite polls showing her behind"
            if (finding != null) {
                int from = bounds.skipThat(i + 1, e);
                return bounds.wordsIn(from, e) >= 2 ? new Attribution(i, i, finding, from, bounds.clauseEnd(from, e), -1, -1) : null;
            }
            if (before.isEmpty() && OpeningParticiples.opens(doc, i, b)) {
                return openingParticiple(i, e);
            }
            if (!PARTICIPLE_AFTER.contains(prev) && !DOCUMENTS.contains(prev) && !afterQuotedComma(i)) {
                return null;
            }
            // "Ryan, who surprised Trump by declaring …": the participle speaks through the "who" of its clause
            Mention relative = DOCUMENTS.contains(prev) ? null : relativeBefore(i - 1, b, before);
            Mention coordinated = DOCUMENTS.contains(prev) || relative != null ? null
                    : coordinatedSubject(before.isEmpty() ? b : before.getLast().cueLast(), i);
            Mention subject = DOCUMENTS.contains(prev) ? documentAuthor(i - 1, b) : relative != null ? relative
                    : coordinated != null ? coordinated : before.isEmpty() ? sentenceSubject(b, i) : before.getLast().mention();
            int main = subject == null && before.isEmpty() ? finder.afterOpeningPhrase(b, e) : b;
            if (main > i) {
                subject = sentenceSubject(main, e); // "One month after announcing his support, Rubio …": the main clause's
            } else if (subject == null && before.isEmpty()) {
                // "The nurse later sued, claiming …": a common noun phrase opening the sentence, which has no name in
                // it; without it the speaker would be the one before, with no mention in this sentence
                subject = finder.subjectAt(main, b, i);
            }
            int from = bounds.skipThat(afterListener(i, e), e); // ", telling reporters that …"
            int cueLast = i;
            if (from + 1 < e && from == i + 1 && (!cues.isCue(w) && isParticle(from, e) || takesTo(w, from, e))) {
                cueLast = from; // ", advocating for a trade pact"
                from = bounds.skipThat(from + 1, e);
            }
            int comma = bounds.firstUnquoted(from, e, ","::equals);
            if (comma + 1 < e && !doc.quoted(comma + 1) && !CueLexicon.auxClass(doc.token(comma + 1).lower()).equals("-")) {
                return null; // "the offer, rejecting every demand, was …": an insertion into a subject, no act of its own
            }
            boolean objectContent = !ContentBounds.SAY_FORMS.contains(w) && !doc.token(from - 1).is("that");
            Attribution a = new Attribution(i, cueLast, subject, from, bounds.participleClauseEnd(from, e, objectContent),
                    -1, -1);
            return bounds.wordsIn(from, e) >= 2
                    ? Namings.endContent(doc, objectContent ? AttitudeNouns.objectOfStance(doc, a) : a) : null;
        }
        int subjectEnd = chain.aux().isEmpty() ? i - 1 : chain.subjectEnd();
        Mention near = finder.leftOf(subjectEnd, b);
        Mention left = finder.pastRelativeClause(near, subjectEnd, b);
        if (left != near && near.last() == i - 1 && !cues.isCue(w) && (i + 1 >= e || bounds.endsClause(i + 1))
                && finder.nounAfterPreposition(near, b)) {
            // "a spy chief who teased him about his sleep habits.": the word ends the noun phrase before it, no verb
            // with content after it whose subject stands before the "who"
            return null;
        }
        Mention finding = chain.aux().isEmpty() ? Findings.sourceBefore(doc, cues, i, b) : null;
        if (finding != null && (left == null || left.first() >= finding.first() && left.last() <= finding.last()
                && (Findings.holdsSource(doc, left) || left.type() != Mention.Type.ORGANISATION
                        && left.type() != Mention.Type.NAME))) {
            // "A survey by the group in March found": the whole phrase of the poll, not "March"; "Data from the
            // Harbor Safety Board showed" keeps the body that the data come from
            left = finding;
        }
        // "and later said", "but has repeatedly said": the conjunction may stand before auxiliaries and adverbs
        String beforeChain = chain.subjectEnd() >= b ? doc.token(chain.subjectEnd()).lower() : "";
        // "offered him a job, then said …": after a comma, "then" joins a second act as "and" does
        boolean thenAct = beforeChain.equals(",") && doc.token(chain.start()).is("then");
        if ((left == null || thenAct)
                && (CONJUNCTIONS_OF_ACTS.contains(prev) || CONJUNCTIONS_OF_ACTS.contains(beforeChain) || thenAct)) {
            // "Cruz exhorted Republicans to vote and said he was …": the subject of the sentence; "Weaver, who came out
            // and endorsed Clinton": the relative pronoun that opens the coordinated verb phrases, as for their first verb
            Mention relative = relativeBefore(i - 1, b, before);
            Mention subject = relative != null ? relative : before.isEmpty() ? sentenceSubject(b, i) : before.getLast().mention();
            int from = bounds.skipThat(bounds.skipTime(i + 1, e), e);
            boolean infinitive = from < e && doc.token(from).is("to") && (INFINITIVE_CUES.contains(w) || CueLexicon.isInfinitive(doc, from, e));
            boolean afterThat = from > i + 1 && doc.token(from - 1).is("that") && !doc.quoted(from - 1);
            if (subject == null || from >= e || opensCircumstances(from, e, w, infinitive, afterThat)) {
                return null;
            }
            return bounds.wordsIn(from, e) >= 2 ? new Attribution(i, i, subject, from, bounds.clauseEnd(from, e), -1, -1) : null;
        }
        Mention closing = unnamed.closing(i, b, e);
        if (closing != null && (left == null || left.first() > closing.first())) {
            left = closing; // "…, a source close to him said.": not "him"
        }
        if (left == null && (prev.equals(",") || Lexicon.isDash(prev))) {
            left = subjectBeforeInsertions(b, i - 1);
        }
        if (left == null) {
            left = unnamed.plural(subjectEnd, b); // "security specialists said", "economists believe", "42% support
        }
        if (left == null && ContentBounds.SAY_FORMS.contains(w)) {
            left = unnamed.beforeParticiple(subjectEnd, b); // "Voters interviewed at the rally said"
        }
        if (left == null && SAYING.contains(w)) {
            left = unnamed.phrase(subjectEnd, b);
        }
        if (left == null && ContentBounds.SAY_FORMS.contains(w) && !w.endsWith("ing")) {
            left = unnamed.beforeRelativeClause(subjectEnd, b);
        }
        if (left == null) {
            left = Shares.subjectBefore(doc, subjectEnd, b); // "About 6 in 10 white men supported Sanders"
        }
        if (left == null) {
            boolean afterBreak = i > b && (prev.equals(",") || bounds.isClosingMark(i - 1));
            return afterBreak ? invertedSpeaker(i, b, e) : null;
        }
        if (prev.equals(",") && left.last() < i - 1 && ContentBounds.SAY_FORMS.contains(w)
                && !ContentBounds.TELL_CUES.contains(w)) {
            // "…, the race will be tight, said Dan Gerstein, an analyst.": a name closing its clause right after the
            // cue speaks; the noun phrase before the comma is the content's, not a subject set off by commas
            Mention right = finder.rightFrom(i + 1, e);
            int after = right == null ? -1 : right.last() + 1;
            if (right != null && right.first() == i + 1 && right.type() == Mention.Type.NAME
                    && (after == e || CLAUSE_STOPS.contains(doc.token(after).text()))) {
                return withSecondPiece(new Attribution(i, i, right, b, i - 1, -1, -1), after, e);
            }
        }
        int j = bounds.skipOfPhrase(bounds.skipTime(afterListener(i, e), e), e);
        if (j + 1 < e && mediumAfterCue(j + 1, b, e)) {
            // "said — as reported by Hurriyet Daily News — “…”": the medium set off after the cue is no content
            int close = bounds.firstUnquoted(j + 2, e, doc.token(j).text()::equals);
            j = close + 1 < e ? close + 1 : j;
        }
        int speakerFirst = left.last() == subjectEnd ? coordinatedStart(descriptorStart(left, b), b, i, e)
                : descriptorStart(left, b);
        boolean leftContent = speakerFirst > b && (doc.token(speakerFirst - 1).text().equals(",")
                || bounds.isClosingMark(speakerFirst - 1) || Lexicon.isDash(doc.token(speakerFirst - 1).text()))
                && !(bounds.isCircumstance(b, speakerFirst - 1) && !(j < e && doc.token(j).text().equals(",")))
                && !roleSetOffBefore(left, speakerFirst, b);
        // "“…,” Santos said …": a quotation that opens the sentence and closes right before its speaker
        if (leftContent) {
            j = bounds.pastInsertedCircumstances(j, e); // "X, Clinton suggested in a tweet, Y": the medium is no content
        }
        boolean quotationBefore = leftContent && bounds.quoteEndsBefore(speakerFirst)
                && doc.opensQuote(bounds.leftContentStart(b, speakerFirst - 1));
        if (j + 1 < e && doc.token(j).text().equals(":") && doc.opensQuote(j + 1)) {
            return new Attribution(i, i, left, j + 1, bounds.clauseEnd(j + 1, e), -1, -1); // Hill said: "…"
        }
        int quoteToListener = leftContent || !ContentBounds.TELL_CUES.contains(w) ? -1 : bounds.quoteAfterListener(i + 1, e);
        if (quoteToListener >= 0) {
            // "told the Reuters news agency simply, “We lost.”": the quotation after the listener is what was said
            return new Attribution(i, i, left, quoteToListener, bounds.clauseEnd(quoteToListener, e), -1, -1);
        }
        if (j + 1 == e && doc.token(j).text().equals(":") && doc.sentenceOf[j] + 1 < doc.sentenceCount()) {
            int next = doc.sentenceOf[j] + 1; // "Limbaugh added:" and the words on the next line
            return new Attribution(i, i, left, doc.sentenceBegin(next), doc.sentenceEnd(next), -1, -1);
        }
        int from = bounds.skipThat(j, e);
        int cueLast = i;
        boolean takesParticle = !cues.isCue(w) || !ContentBounds.SAY_FORMS.contains(w) && !doc.token(from).is("to");
        if (from + 1 < e && from == j && (takesParticle && isParticle(from, e) || takesTo(w, from, e))) {
            cueLast = from; // "called for a ban", "railed against the deal", "pointed out that": the cue takes the particle
            from = bounds.skipThat(from + 1, e);
        }
        boolean infinitive = from < e && doc.token(from).is("to")
                && (INFINITIVE_CUES.contains(w) || (state || !cues.isCue(w)) && CueLexicon.isInfinitive(doc, from, e));
        boolean afterThat = from > i + 1 && doc.token(from - 1).is("that") && !doc.quoted(from - 1);
        // "told LA Weekly that on October 6 …": after a complementizer the circumstances open the content
        boolean adverbial = opensCircumstances(from, e, w, infinitive, afterThat);
        if (adverbial) {
            // with content before the speaker, a quotation beyond short circumstances is that content's next piece
            int quote = quotationBefore ? -1 : quoteAfterCircumstances(from, e,
                    leftContent ? MAX_CIRCUMSTANCE_WORDS : MAX_CIRCUMSTANCE_TOKENS_BEFORE_QUOTE);
            if (quote >= 0) {
                return new Attribution(i, i, left, quote, bounds.clauseEnd(quote, e), -1, -1); // "told the BBC after the verdict “…”"
            }
            int that = bounds.thatAcrossCommas(from, e);
            if (that >= 0) {
                from = that + 1; // "says at a campaign stop in Toledo, Ohio, that …"
                adverbial = false;
            }
        }
        if (adverbial && !leftContent) {
            return null; // "said after meeting Putin": circumstances, not content
        }
        boolean narrationAfter = leftContent && bounds.narrationAfter(speakerFirst - 1, j, e);
        // "“…,” Kosa told a plenary session", "“…,” Santos said over the phone": after the quotation before the
        // speaker, the rest is the listener or the circumstances
        boolean listenerAfterQuote = quotationBefore && !(from > i + 1 && doc.token(from - 1).is("that"))
                && (!doc.opensQuote(from) || quotedListener(w, from));
        // "…, he said, because …": the reason goes on with the content (gold joins it 9 to 0 on train)
        boolean reasonAfter = j + 1 < e && doc.token(j + 1).is("because");
        if (leftContent && j < e && doc.token(j).text().equals(",") && !doc.opensQuote(j + 1) && bounds.wordsIn(j + 1, e) >= 2
                && (!narrationAfter || reasonAfter)) {
            // "The latest test, North Korea said, was its biggest yet": content on both sides
            return new Attribution(i, i, left, bounds.pastLastDash(b, speakerFirst - 1), speakerFirst - 1, j + 1,
                    bounds.clauseEnd(j + 1, e));
        }
        if (leftContent && (bounds.wordsIn(from, e) < 2 || bounds.startsSecondPiece(j, e) || adverbial || narrationAfter
                || listenerAfterQuote)) {
            return withSecondPiece(new Attribution(i, i, left, bounds.leftContentStart(b, speakerFirst - 1), speakerFirst - 1,
                    -1, -1), j, e);
        }
        if (from < e && CONJUNCTIONS.contains(doc.token(from).lower())) {
            return null; // "called on Tuesday and left a message": the next clause is another act, not content
        }
        boolean objectContent = !ContentBounds.SAY_FORMS.contains(w) && !(from > i + 1 && doc.token(from - 1).is("that"));
        if (bounds.wordsIn(from, e) < 2) {
            return null;
        }
        Attribution a = new Attribution(i, cueLast, left, from, bounds.clauseEnd(from, e, objectContent), -1, -1);
        return Namings.endContent(doc, objectContent ? AttitudeNouns.objectOfStance(doc, a) : a);
    }

    /**
     * "The city's security chief, Abdullah Jahafi, announced …": the noun phrase opening the sentence before the
     * speaker's name, set off by a comma, is the role the name is given, not words the speaker said.
     */
    private boolean roleSetOffBefore(Mention speaker, int speakerFirst, int b) {
        if (speaker.role() == null || speaker.type() != Mention.Type.NAME || speakerFirst - 2 < b
                || !doc.token(speakerFirst - 1).text().equals(",")) {
            return false;
        }
        Mention before = finder.nounPhraseEndingAt(speakerFirst - 2, b);
        return before != null && before.first() == finder.afterOpeningPhrase(b, speakerFirst)
                && before.type() == Mention.Type.ROLE;
    }

    /**
     * "“…,” Fiorina told “Fox and Friends”": after a verb of telling, a title in quote marks is the show or paper told,
     * not words said.
     */
    private boolean quotedListener(String cue, int from) {
        int q = quoteAt(from);
        return ContentBounds.TELL_CUES.contains(cue) && q >= 0 && NonStatements.isTitleCased(doc, q);
    }

    /**
     * Whether the words at {@code from}, after the cue {@code cue}, tell when, where or how it was said ("said after the
     * meeting", "said this week") rather than what: not after "that" ("said that in 2015 …"), nor where an infinitive
     * or a clause opens there ("said there was …", "said this was …"), nor a number after a verb of saying ("said at
     * least 71 people were arrested").
     */
    private boolean opensCircumstances(int from, int e, String cue, boolean infinitive, boolean afterThat) {
        return from < e && ContentBounds.ADVERBIAL_STARTS.contains(doc.token(from).lower()) && !infinitive && !afterThat
                && !((doc.token(from).is("there") || doc.token(from).is("this")) && existentialVerbAfter(from + 1, e))
                && !(doc.token(from).is("at") && from + 1 < e && ContentBounds.SAY_FORMS.contains(cue)
                        && (doc.token(from + 1).is("least") || doc.token(from + 1).is("most")));
    }

    /** An existential verb at {@code k}, maybe after an adverb ("there certainly was …", "there still are …"). */
    private boolean existentialVerbAfter(int k, int e) {
        int v = k + 1 < e && doc.token(k).lower().endsWith("ly") || k < e && doc.token(k).is("still") ? k + 1 : k;
        return v < e && EXISTENTIAL_VERBS.contains(doc.token(v).lower());
    }

    /**
     * "Citing obligations at home, the spokeswoman …": the participle opening the sentence speaks for the main clause's
     * subject; its content ends at the comma before that clause ({@link OpeningParticiples}); or null.
     */
    private Attribution openingParticiple(int i, int e) {
        int main = OpeningParticiples.mainClause(doc, i, e);
        if (main < 0) {
            return null;
        }
        // "…, Prime Minister Tuilaepa called": a capitalised run is read from its last word; "…, the county board
        // angered …": a common noun phrase from its determiner
        Mention subject = doc.token(main).isCapitalized() ? sentenceSubject(main, e) : null;
        if (subject == null) {
            subject = finder.subjectAt(main, main, e);
        }
        if (subject == null) {
            subject = sentenceSubject(main, e);
        }
        if (subject == null || subject.first() > main + 1) {
            return null; // the subject opens the main clause, not a name further on
        }
        int from = bounds.skipThat(i + 1, main - 1);
        int cueLast = i;
        if (from + 1 < main - 1 && from == i + 1 && (!cues.isCue(doc.token(i).lower()) && isParticle(from, e)
                || takesTo(doc.token(i).lower(), from, e))) {
            cueLast = from; // "Responding to Trump's remarks, …"
            from = bounds.skipThat(from + 1, main - 1);
        }
        return bounds.wordsIn(from, main - 1) >= 2 ? new Attribution(i, cueLast, subject, from, main - 1, -1, -1) : null;
    }

    /**
     * Whether the word at {@code i} follows a possessive ("his", "the council's", "Trump's own"). A pronoun before
     * "'s" contracts "is" or "has" ("he's said"): that one owns nothing.
     */
    private boolean owned(int i, int b) {
        int k = i - 1 > b && doc.token(i - 1).is("own") ? i - 2 : i - 1;
        if (k < b) {
            return false;
        }
        Token t = doc.token(k);
        if (Lexicon.POSSESSIVE_PRONOUNS.containsKey(t.lower())) {
            return true;
        }
        return (t.is("'s") || t.is("’s")) && k > b && !MentionFinder.isPronoun(doc.token(k - 1))
                && !Lexicon.STOP.contains(doc.token(k - 1).lower());
    }

    /**
     * "Trump's claim that millions voted illegally", "her insistence that she is popular": a noun right after a
     * possessive and before "that" states what its owner holds; the owner speaks, the clause after "that" is the
     * content ({@link CueContext} judges the noun); or null.
     */
    private Attribution possessedClaim(int i, int b, int e) {
        if (i - 1 <= b || i + 1 >= e || !doc.token(i + 1).is("that") || doc.quoted(i + 1) || doc.quoted(i - 1)
                || !CueLexicon.isOpenWord(doc.token(i).lower()) || doc.token(i).lower().endsWith("ed")) {
            return null;
        }
        Mention mention = finder.possessor(i - 1, b);
        int from = i + 2;
        if (from < e && cues.looksFinite(doc.token(from))) {
            return null; // "his remarks that were featured on the news": "that" opens a relative clause
        }
        if (mention == null || bounds.wordsIn(from, e) < 2) {
            return null;
        }
        // "her claim that X, rather than Y": the noun's clause is no sentence, it ends at its first break
        int end = bounds.firstUnquoted(from + 1, bounds.clauseEnd(from, e),
                t -> t.equals(",") || t.equals(";") || Lexicon.isDash(t));
        return new Attribution(i, i, mention, from, end, -1, -1);
    }

    /**
     * "…,” said Hill.", "…, said Dan Gerstein, an analyst in New York.": the speaker after the cue at {@code i}, where
     * the clause ends right after it, with the words before the cue as the content; or null.
     */
    private Attribution invertedSpeaker(int i, int b, int e) {
        Mention right = finder.rightFrom(i + 1, e);
        Mention phrase = right == null || right.first() > i + 1 ? invertedPhrase(i, e) : null;
        if (phrase != null) {
            right = phrase; // "“…,” said a Democratic strategist who …": not "Democratic"
        }
        if (right == null) {
            return null;
        }
        int next = skipMedium(bounds.skipTime(finder.afterParenthesis(right.last() + 1, e), e), e);
        if (next < e && !bounds.endsClause(next)
                && !(invertsSpeaker(doc.token(i).lower()) && circumstancesAfterSpeaker(b, i, next))) {
            return null; // "said the event brought back memories": no inverted subject
        }
        return withSecondPiece(new Attribution(i, i, right, b, i - 1, -1, -1), next, e);
    }

    /**
     * "“…,” said one of two witnesses, …", "…, said a handful of Democrats who …": the words after an inverted verb of
     * saying, opening with a determiner and running to a comma, stop or "who" (only "who" where no quotation closes
     * right before the cue, so that "…, said the event brought back memories" gives none); or null.
     */
    private Mention invertedPhrase(int i, int e) {
        if (!invertsSpeaker(doc.token(i).lower()) || i + 1 >= e
                || !Lexicon.DETERMINERS.contains(doc.token(i + 1).lower()) && !doc.token(i + 1).is("one")) {
            return null;
        }
        boolean afterQuote = bounds.isClosingMark(i - 1)
                || doc.token(i - 1).text().equals(",") && bounds.isClosingMark(i - 2);
        for (int k = i + 2; k < e && k - i <= UnnamedSubjects.MAX_PHRASE_SUBJECT_TOKENS + 1; k++) {
            Token t = doc.token(k);
            boolean relative = t.is("who") || t.is("whose");
            if (relative || afterQuote && (bounds.endsClause(k) || t.text().equals(","))) {
                Span span = new Span(doc.token(i + 1).start(), doc.token(k - 1).end());
                return new Mention(i + 1, k - 1, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
            }
            if (doc.quoted(k) || !t.isWord() && !t.isPossessive() || cues.looksFinite(t)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "“…,” said Tom Baker when asked about it", "“…,” said an aide who asked not to be named", "…, said Baker during
     * the debate": after a quotation that opens the sentence and closes right before the cue, whatever follows the
     * inverted speaker tells of them or the occasion; else a relative pronoun, a participle or a circumstance opens it.
     */
    private boolean circumstancesAfterSpeaker(int b, int cue, int next) {
        String w = doc.token(next).lower();
        return bounds.isClosingMark(cue - 1) && doc.opensQuote(bounds.leftContentStart(b, cue - 1)) && !doc.quoted(next)
                || AFTER_INVERTED_SPEAKER.contains(w) || w.endsWith("ing") && !doc.token(next).isCapitalized();
    }

    /**
     * "reported by the Times", "was confirmed by the department": a cue followed by "by" is passive, the agent after
     * it; "said by telephone", "spoke by video link" name the medium of an active cue, whose subject stands before it.
     */
    private boolean passiveBy(int k, int e) {
        return doc.token(k).is("by") && !(k + 1 < e && BY_MEDIA.contains(doc.token(k + 1).lower()));
    }

    /**
     * "Guessford, who answered her door and said": the relative pronoun opening the clause of the coordinated verb
     * ending at {@code k}, with no comma, dash or quotation between that would close the clause; or null. A "who"
     * without a comma before it ("praised those who left but said", "support from mothers who have lost children and
     * said") may belong to the object of the subject's verb; it counts only inside the speaker named after an earlier
     * cue ("said Kopachko, a pollster with the party who cooperated with him and called …").
     */
    private Mention relativeBefore(int k, int b, List<Attribution> before) {
        for (int r = k; r > b; r--) {
            Token t = doc.token(r);
            if (doc.quoted(r) || !t.isWord() && !t.isPossessive()) {
                return null;
            }
            if (t.is("who") && MentionFinder.isPronoun(t)) {
                String left = doc.token(r - 1).text();
                boolean nonRestrictive = left.equals(",") || Lexicon.isDash(left);
                return nonRestrictive || afterInvertedSpeaker(r, before) ? finder.leftOf(r, b) : null;
            }
        }
        return null;
    }

    /** Whether token {@code k} follows the speaker that the last attribution names after its cue ("said Kopachko"). */
    private static boolean afterInvertedSpeaker(int k, List<Attribution> before) {
        Mention m = before.isEmpty() ? null : before.getLast().mention();
        return m != null && m.first() > before.getLast().cueLast() && m.first() < k;
    }

    /** "pointed to his record", "referring to Cruz as …": the "to" of a {@link CueLexicon#TO_TAKERS} verb at {@code k}. */
    private boolean takesTo(String lowerCue, int k, int e) {
        return doc.token(k).is("to") && !doc.quoted(k) && CueLexicon.TO_TAKERS.contains(lowerCue)
                && !CueLexicon.isInfinitive(doc, k, e);
    }

    /**
     * A preposition or particle at {@code k} that opens a verb's object ("on recent comments", "at the idea"), not an
     * infinitive ("to repeal") nor a time ("on Tuesday", which {@link ContentBounds#skipTime} passes first) nor the
     * listener ("spoke to Philipp", "talked to him").
     */
    private boolean isParticle(int k, int e) {
        String w = doc.token(k).lower();
        boolean to = w.equals("to");
        return !doc.quoted(k) && CueLexicon.PARTICLES.contains(w) && !(to && CueLexicon.isInfinitive(doc, k, e))
                && !(to && (doc.token(k + 1).isCapitalized()
                || LISTENER_PRONOUNS.contains(doc.token(k + 1).lower())));
    }

    /**
     * "“…,” veteran analyst Charlie Cook wrote": lower-case words that describe the speaker between a quotation closing
     * on a comma and the name are the speaker's, so the quotation stands right before the speaker; else the mention's
     * first token.
     */
    private int descriptorStart(Mention speaker, int b) {
        int k = speaker.first();
        while (k - 1 > b && speaker.first() - k < MAX_DESCRIPTOR_WORDS && isDescriptorWord(doc.token(k - 1))
                && !doc.quoted(k - 1)) {
            k--;
        }
        return k < speaker.first() && afterQuotedComma(k) ? k : speaker.first();
    }

    /**
     * Where a speaker coordinated with the one found before the verb of saying {@code cue} opens: "“…,” he and
     * Mr. Allen said", "…, union members and leaders say, …": the conjunct before "and" stands between the content
     * and the mention, one subject with it. Only after a closing quotation mark, or after a comma where the cue closes
     * its clause (a comma or the sentence's end right after it): a list ("Norway, Sweden and Denmark have claims on
     * …") goes on otherwise. Else {@code first}.
     */
    private int coordinatedStart(int first, int b, int cue, int e) {
        int and = first - 1;
        String verb = doc.token(cue).lower();
        if (!ContentBounds.SAY_FORMS.contains(verb) || verb.endsWith("ing") || and - 1 <= b || doc.quoted(and)
                || !doc.token(and).is("and")) {
            return first;
        }
        Mention other = finder.nounPhraseEndingAt(and - 1, b);
        if (other == null || other.last() != and - 1 || other.type() == Mention.Type.RELATIVE) {
            return first;
        }
        int start = descriptorStart(other, b);
        if (start - 1 <= b) {
            return first;
        }
        boolean closesClause = cue + 1 >= e || doc.token(cue + 1).text().equals(",") || doc.token(cue + 1).text().equals(".");
        return bounds.isClosingMark(start - 1) || doc.token(start - 1).text().equals(",") && closesClause ? start : first;
    }

    /** A lower-case word that may describe a speaker before their name ("veteran", "analyst", "councilmember"). */
    private boolean isDescriptorWord(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && !Lexicon.STOP.contains(w) && !cues.isCue(w)
                && CueLexicon.auxClass(w).equals("-") && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** "“…,” adding, “…”": a quotation closing on a comma right before the participle, as a comma would stand. */
    private boolean afterQuotedComma(int participle) {
        int close = participle - 1;
        return bounds.isClosingMark(close) && doc.token(close - 1).text().equals(",");
    }

    /**
     * "with Zinichev describing the threat as …", "with McCain telling reporters he …": a participle with its own
     * subject after "with" reports like a finite cue.
     */
    private boolean withSubject(int i, int b) {
        Mention m = finder.leftOf(i - 1, b);
        return m != null && m.last() == i - 1 && m.first() > b && doc.token(m.first() - 1).is("with")
                && m.type() != Mention.Type.PRONOUN && m.type() != Mention.Type.RELATIVE;
    }

    /** "quoted Tim Manning, formerly a deputy administrator at FEMA, as …": the person quoted, before {@code as}; or null. */
    private Mention quotedAs(int b, int as) {
        for (int k = as - 1; k >= b && as - k <= MAX_INSERTION_TOKENS; k--) {
            if (doc.quoted(k)) {
                return null;
            }
            if (QUOTING_VERBS.contains(doc.token(k).lower())) {
                return finder.rightFrom(k + 1, as);
            }
        }
        return null;
    }

    /**
     * "Sen. Marco Rubio, R-Fla., appearing on Fox News, said …", "He, however, said …", "The justice -- who has
     * been in a scuffle with him -- said …": the mention opening the sentence before its first comma or dash, when
     * insertions without quotations or other cues stand between it and the comma or dash before the cue; or null.
     */
    private Mention subjectBeforeInsertions(int b, int commaBeforeCue) {
        Mention opening = subjectOpeningAt(b, commaBeforeCue);
        int afterPhrase = finder.afterOpeningPhrase(b, commaBeforeCue);
        // "In an interview, Reynolds - his partner - told": the subject after an opening phrase
        return opening != null || afterPhrase == b ? opening : subjectOpeningAt(afterPhrase, commaBeforeCue);
    }

    /** The mention from {@code b} to the first comma or dash, with only insertions up to the one before the cue. */
    private Mention subjectOpeningAt(int b, int commaBeforeCue) {
        for (int k = b + 1; k < commaBeforeCue; k++) {
            if (doc.quoted(k) || cues.isCue(doc.token(k).lower()) || doc.token(k).text().equals(";")) {
                return null;
            }
            if (doc.token(k).text().equals(",") || Lexicon.isDash(doc.token(k).text())) {
                if (commaBeforeCue - k > MAX_APPOSITION_TOKENS) {
                    return null;
                }
                Mention m = finder.nounPhraseEndingAt(k - 1, b);
                return m != null && m.first() == b ? m : null;
            }
        }
        return null;
    }

    /**
     * ("X," she said, "Y."): the second quoted piece right after the attribution. Where the words before the speaker
     * hold no quotation ("After the divorce, Crawford said, “…”"), they are the circumstances and the quotation
     * after the attribution is all the content.
     */
    private Attribution withSecondPiece(Attribution a, int j, int e) {
        if (!bounds.startsSecondPiece(j, e)) {
            j = bounds.quoteGoesOn(a.to() + 1) ? bounds.secondPieceAfterCircumstances(j, e) : -1;
            if (j < 0) {
                return a; // "“They have waited,” he said of the voters, “but …”" goes on past the circumstances
            }
        }
        if (!bounds.holdsQuote(a.from(), a.to())) {
            int open = j + 1;
            return new Attribution(a.cueFirst(), a.cueLast(), a.mention(), open, bounds.clauseEnd(open, e), -1, -1);
        }
        int open = j + 1;
        int q = doc.quoteOf[open + 1 < e ? open + 1 : open];
        if (q < 0) {
            return a;
        }
        int to = open + 1;
        while (to < e && doc.quoteOf[to] == q) {
            to++;
        }
        return new Attribution(a.cueFirst(), a.cueLast(), a.mention(), bounds.pastLastDash(a.from(), a.to()), a.to(),
                open + 1, to);
    }

    /** Skips "on Twitter", "in a statement", "via email" after an inverted subject ("wrote Joshua Wong on Twitter."). */
    private int skipMedium(int j, int e) {
        if (j >= e || !Set.of("on", "in", "via", "to", "at").contains(doc.token(j).lower())) {
            return j;
        }
        for (int k = j + 1; k < e && k <= j + 4; k++) {
            if (bounds.endsClause(k)) {
                return k;
            }
            if (!doc.token(k).isWord()) {
                return j;
            }
        }
        return j;
    }

    /**
     * The opening mark of a quotation a few words on, with no comma or stop between, or within {@code max} tokens
     * right after a comma or colon ("said in an op-ed piece before a 2014 hearing, “…”"), before any clause of its own;
     * or -1.
     */
    private int quoteAfterCircumstances(int from, int e, int max) {
        for (int k = from; k < e && k < from + max; k++) {
            if (doc.opensQuote(k)) {
                return k < from + MAX_CIRCUMSTANCE_WORDS ? k : -1; // further on, only after a comma or colon
            }
            if (CLAUSE_OPENERS.contains(doc.token(k).lower())) {
                return -1; // "learned to read young because her parents were “persistent”": a clause of its own
            }
            boolean colonOrComma = doc.token(k).text().equals(",") || doc.token(k).text().equals(":");
            if (colonOrComma && k + 1 < e && doc.opensQuote(k + 1)) {
                return k + 1; // "said via Twitter, “…”"
            }
            if (!doc.token(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** "His office put out a statement saying": the nearest name or pronoun a few words before the document. */
    private Mention documentAuthor(int document, int b) {
        for (int k = document - 1; k >= b && k >= document - MAX_CIRCUMSTANCE_WORDS; k--) {
            Token t = doc.token(k);
            if (doc.quoted(k) || t.text().equals(",")) {
                return null;
            }
            if (t.isCapitalized() || Lexicon.PERSON_PRONOUNS.contains(t.lower()) || t.lower().equals("they")) {
                Mention m = finder.leftOf(k, b);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "He was challenged over his temper, but he talked more about policy, saying …", "…, but Wallace pressed him,
     * asking …": the subject opening the last clause joined by a conjunction after {@code b} and before the
     * participle at {@code participle} is its subject, not the sentence's first one; or null.
     */
    private Mention coordinatedSubject(int b, int participle) {
        for (int k = participle - 2; k > b; k--) {
            if (doc.quoted(k)) {
                return null;
            }
            String w = doc.token(k).lower();
            if (CONJUNCTIONS.contains(w) && doc.token(k - 1).text().equals(",")) {
                Token next = doc.token(k + 1);
                return Lexicon.PERSON_PRONOUNS.contains(next.lower()) || next.is("they") || next.is("we")
                        ? finder.leftOf(k + 1, k + 1) : sentenceSubject(k + 1, participle);
            }
        }
        return null;
    }

    private Mention sentenceSubject(int b, int limit) {
        for (int k = finder.afterOpeningPhrase(b, limit); k < limit; k++) {
            Token t = doc.token(k);
            if (doc.quoted(k)) {
                continue;
            }
            if (Lexicon.PERSON_PRONOUNS.contains(t.lower()) || t.lower().equals("they") || t.lower().equals("i")) {
                return finder.leftOf(k, k);
            }
            if (t.isCapitalized() && t.isWord() && (k + 1 >= limit || !doc.token(k + 1).isCapitalized())
                    && !Lexicon.STOP.contains(t.lower())) {
                Mention m = finder.subjectAt(k, b, limit);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Content after a cue ends where the next attribution's speaker starts ("X told reporters Y, Z said W"). */
    private List<Attribution> cutAtNextSpeaker(List<Attribution> list) {
        List<Attribution> out = new ArrayList<>(list.size());
        for (int k = 0; k < list.size(); k++) {
            Attribution a = list.get(k);
            if (a.contentAfterCue() && !PollFindings.isFinding(doc, a)) { // a poll found what its respondents said
                for (int m = k + 1; m < list.size(); m++) {
                    int to = ContentBounds.endBefore(doc, cues, a, list.get(m));
                    if (to >= 0) {
                        a = a.withTo(to);
                        break;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private void emit(Attribution a) {
        List<Span> spans = new ArrayList<>(2);
        int from = a.contentAfterCue() ? bounds.withThat(bounds.pastParticles(a.from(), a.to()), a.cueLast()) : a.from();
        Span first = pieces.contentSpan(from, a.to());
        if (first == null) {
            return;
        }
        if (pieces.isTitleOnly(first) || a.secondFrom() < 0 && EmptyContents.saysNothing(doc, a.cueFirst(), from, a.to())) {
            return;
        }
        spans.add(first);
        if (a.secondFrom() >= 0) {
            Span second = pieces.contentSpan(a.secondFrom(), a.secondTo());
            if (second != null && second.start() >= first.end()) {
                spans.add(second);
            }
        }
        QuoteKind kind = pieces.kindOf(spans);
        if (kind == QuoteKind.DIRECT) {
            spans = spans.stream().map(pieces::trimToQuote).toList();
        }
        markUsed(spans);
        Speaker speaker = a.mention() == null ? lastSpeaker : entities.resolve(a.mention(), lastSpeaker);
        Mention mention = a.mention();
        Span cueSpan = new Span(doc.token(a.cueFirst()).start(), doc.token(a.cueLast()).end());
        String cue = cueSpan.of(doc.text);
        add(spans, kind, speaker, mention, cue, cueSpan, a.cueFirst(), confidence(a, speaker));
    }

    private double confidence(Attribution a, Speaker speaker) {
        double c = Math.max(0.3, cues.precision(doc.token(a.cueFirst()).lower()));
        if (speaker == null) {
            c *= 0.5;
        } else if (a.mention() != null && a.mention().type() == Mention.Type.PRONOUN) {
            c *= 0.85;
        }
        return Math.min(1.0, Math.round(c * 100) / 100.0);
    }

    private void add(List<Span> spans, QuoteKind kind, Speaker speaker, Mention mention, String cue, Span cueSpan,
            int cueToken, double confidence) {
        StringBuilder text = new StringBuilder();
        for (Span s : spans) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(pieces.stripMarks(s.of(doc.text)));
        }
        LocalDate stated = DateResolver.stated(doc, cueToken, spans, articleDate);
        LocalDate date = stated != null ? stated : articleDate;
        Quotation q = new Quotation(text.toString(), spans, speaker == null ? null : speaker.name(),
                speaker == null || mention == null ? null : mention.span(), speaker == null ? null : RoleText.shown(speaker.role()),
                speaker == null ? null : speaker.kind(), cue, cueSpan, kind, date, confidence);
        int paragraph = doc.paragraphOf[doc.tokenAt(spans.getFirst().start())];
        Found f = new Found(q, paragraph, mention, speaker, cue, cueSpan, stated != null);
        int repeated = repeats == null || isFinding(cueSpan) ? -1 : repeated(q);
        if (repeated < 0) {
            found.add(f);
        } else if (byLexiconCue(found.get(repeated).cueSpan()) != byLexiconCue(cueSpan)
                ? byLexiconCue(found.get(repeated).cueSpan()) : repeats.stands(found.get(repeated).quotation(), q)) {
            return; // "“…,” said Howard Dean, a Clinton supporter": the statement is Dean's, found once
        } else {
            found.set(repeated, f);
        }
        if (speaker != null) {
            lastSpeaker = speaker;
        }
    }

    /** Whether the cue standing at {@code cueSpan} is a lexicon cue ("said"), not a candidate ("supporter"). */
    private boolean byLexiconCue(Span cueSpan) {
        return cueSpan != null && cues.isCue(doc.token(doc.tokenAt(cueSpan.start())).lower());
    }

    /** Whether the cue standing at {@code cueSpan} opens a poll's finding, which holds its respondents' statements. */
    private boolean isFinding(Span cueSpan) {
        return cueSpan != null && PollFindings.isFinding(doc, doc.tokenAt(cueSpan.start()));
    }

    /** The index of a quotation found lately that {@code q} repeats ({@link Repeats}), or -1. */
    private int repeated(Quotation q) {
        for (int k = found.size() - 1; k >= Math.max(0, found.size() - REPEAT_LOOKBACK); k--) {
            if (!isFinding(found.get(k).cueSpan()) && repeats.repeat(found.get(k).quotation(), q)) {
                return k;
            }
        }
        return -1;
    }

    private void markUsed(List<Span> spans) {
        for (Span s : spans) {
            for (int q = 0; q < doc.quotes.size(); q++) {
                QuotedSpan quote = doc.quotes.get(q);
                if (quote.contentStart() < s.end() && s.start() < quote.contentEnd()) {
                    quoteUsed[q] = true;
                }
            }
        }
    }

    // ---- quotations no cue in their sentence claimed

    private void unclaimedQuotes(int s) {
        int b = doc.sentenceBegin(s);
        int e = doc.sentenceEnd(s);
        for (int i = b; i < e; i++) {
            int q = i + 1 < doc.size() && doc.opensQuote(i) ? doc.quoteOf[i + 1] : -1;
            if (q < 0 || quoteUsed[q]) {
                continue;
            }
            quoteUsed[q] = true;
            QuotedSpan quote = doc.quotes.get(q);
            int last = doc.tokenAt(quote.contentEnd()) - 1;
            boolean title = NonStatements.isTitle(doc, q);
            if (!standsAlone(i, last, b, e)) {
                if (!title && leadsIntoQuotation(i, last, s)) {
                    Span sentence = pieces.contentSpan(b, e);
                    appendPiece(found.size() - 1, sentence, true); // now mixed
                    markUsed(List.of(sentence));
                } else if (!title && bounds.wordsIn(b, i) == 0 && !NonStatements.isNonStatement(doc, q)) {
                    joinsWithTail(quote, i, e, s);
                }
                continue;
            }
            if (title && !endsSentence(quote)) {
                continue;
            }
            // "“…,” he said. “This is all me.”": short words, yet a sentence that goes on with the quotation before
            if (joinsPreviousQuotation(quote, i) || title || NonStatements.isNonStatement(doc, q)) {
                continue;
            }
            attributeStandalone(quote, i, last, s);
        }
    }

    /**
     * "“X,” said Tom Baker, an aide. “Y” or not at all.": a sentence that opens with a quotation and goes on with a few
     * words of the reporter's, right after the sentence where a direct quotation ends before its speaker, is that
     * quotation's next piece, the words after it included where no comma sets them off.
     */
    private void joinsWithTail(QuotedSpan quote, int open, int e, int s) {
        if (found.isEmpty()) {
            return;
        }
        Quotation pq = found.getLast().quotation();
        int prevLast = doc.tokenAt(pq.end() - 1);
        if (pq.kind() != QuoteKind.DIRECT || prevLast < 0 || doc.sentenceOf[prevLast] != s - 1
                || doc.paragraphOf[prevLast] != doc.paragraphOf[open] || pq.end() > quote.contentStart()) {
            return;
        }
        int tail = doc.tokenAt(quote.contentEnd());
        while (tail < e && !doc.token(tail).isWord() && !doc.token(tail).text().equals(",")) {
            tail++;
        }
        boolean commaBefore = doc.text.charAt(quote.contentEnd() - 1) == ',' || tail < e && doc.token(tail).text().equals(",");
        Span span = commaBefore ? new Span(quote.contentStart(), quote.contentEnd()) : pieces.contentSpan(open, e);
        if (span == null) {
            return;
        }
        appendPiece(found.size() - 1, span, false);
    }

    /** Whether a quotation ends with the stop of a sentence ("“This is all me.”"). */
    private boolean endsSentence(QuotedSpan quote) {
        char last = doc.text.charAt(quote.contentEnd() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** "X," she said. "Y.": a quotation right after a direct one in its paragraph is its next piece. */
    private boolean joinsPreviousQuotation(QuotedSpan quote, int open) {
        if (found.isEmpty()) {
            return false;
        }
        Span span = new Span(quote.contentStart(), quote.contentEnd());
        int paragraph = doc.paragraphOf[open];
        int at = quotedBeforeAside(paragraph);
        Found prev = found.get(at);
        Quotation pq = prev.quotation();
        // a quotation ending the text has no token after it: its last token tells its paragraph
        boolean sameParagraph = paragraph == prev.paragraph()
                && doc.paragraphOf[Math.min(doc.tokenAt(pq.end()), doc.size() - 1)] == paragraph;
        boolean direct = pq.kind() == QuoteKind.DIRECT;
        boolean mixed = pq.kind() == QuoteKind.MIXED;
        if (pq.end() <= span.start() && (direct && continues(pq, open) || (direct || mixed) && sameParagraph
                || (direct || mixed) && fillsNextParagraph(pq, quote, open))) {
            appendPiece(at, span, false); // "X," she said. "Y.": one quotation in two pieces
            return true;
        }
        return false;
    }

    /** Adds {@code span} as the next piece of found quotation {@code at}, which keeps its speaker and cue. */
    private void appendPiece(int at, Span span, boolean rekind) {
        Found prev = found.get(at);
        Quotation pq = prev.quotation();
        List<Span> spans = new ArrayList<>(pq.spans());
        spans.add(span);
        QuoteKind kind = rekind ? pieces.kindOf(spans) : pq.kind();
        Quotation merged = new Quotation(pq.text() + " " + pieces.stripMarks(span.of(doc.text)), spans, pq.speaker(),
                pq.speakerMention(), pq.role(), pq.speakerKind(), pq.cue(), pq.cueSpan(), kind, pq.date(),
                pq.confidence());
        found.set(at, new Found(merged, prev.paragraph(), prev.mention(), prev.speaker(), prev.cue(), prev.cueSpan(),
                prev.dated()));
    }

    /**
     * "“…,” he said outside the building. But “…”", "“…,” Trump said. Instead, “…”": a sentence with no cue, whose
     * few unquoted words lead into a quotation that ends it, right after the sentence that named the speaker of a
     * direct quotation, goes on with that quotation (annotators join the two: 12 to 4 on train).
     */
    private boolean leadsIntoQuotation(int open, int lastInside, int s) {
        if (s == 0 || found.isEmpty()) {
            return false;
        }
        Found prev = found.getLast();
        Quotation pq = prev.quotation();
        if (pq.kind() != QuoteKind.DIRECT || prev.cueSpan() == null) {
            return false;
        }
        int cue = doc.tokenAt(prev.cueSpan().start());
        int quoteEnd = doc.tokenAt(pq.end() - 1);
        if (doc.sentenceOf[cue] != s - 1 || doc.sentenceOf[quoteEnd] != s - 1
                || doc.paragraphOf[cue] != doc.paragraphOf[open]) {
            return false;
        }
        int b = doc.sentenceBegin(s);
        int e = doc.sentenceEnd(s);
        int lead = 0;
        for (int k = b; k < open; k++) {
            Token t = doc.token(k);
            if (t.isWord() && !doc.quoted(k) && (++lead > MAX_LEAD_WORDS || cues.isCue(t.lower()))) {
                return false;
            }
        }
        for (int k = lastInside + 1; k < e; k++) {
            if (doc.token(k).isWord() && !doc.quoted(k)) {
                return false; // "… about ''Bernie Buses'' and tent camping": the sentence goes on past the quotation
            }
        }
        return true;
    }

    /**
     * Which found quotation a quotation in {@code paragraph} may go on: the last one, or the quoted one before it
     * where the last is an aside of the same speaker after it ("“…,” Hill said, adding that … “…”").
     */
    private int quotedBeforeAside(int paragraph) {
        int last = found.size() - 1;
        if (last < 1 || found.get(last).quotation().kind() != QuoteKind.INDIRECT) {
            return last;
        }
        Found aside = found.get(last);
        Found before = found.get(last - 1);
        boolean quoted = before.quotation().kind() != QuoteKind.INDIRECT;
        boolean sameSpeaker = aside.speaker() != null && aside.speaker().equals(before.speaker());
        // "“…,” Jane Roe said after the council announced a delay. “…”": an aside in the attribution's own sentence
        boolean sameSentence = aside.cueSpan() != null && before.cueSpan() != null
                && doc.sentenceOf[doc.tokenAt(aside.cueSpan().start())]
                        == doc.sentenceOf[doc.tokenAt(before.cueSpan().start())];
        return quoted && (sameSpeaker || sameSentence) && aside.paragraph() == paragraph
                && before.paragraph() == paragraph && aside.quotation().start() >= before.quotation().end() ? last - 1 : last;
    }

    /**
     * A quote over several paragraphs: the quotation before ends its paragraph without a closing mark and the
     * next paragraph opens with the mark at {@code open}.
     */
    private boolean continues(Quotation before, int open) {
        int q = doc.quoteAt(before.end() - 1);
        QuotedSpan last = q < 0 ? null : doc.quotes.get(q);
        if (last == null || last.close() != last.contentEnd()
                || doc.text.substring(before.end(), last.contentEnd()).chars().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        int paragraph = doc.paragraphOf[open];
        return doc.paragraphOf[doc.tokenAt(before.end() - 1)] == paragraph - 1
                && (open == 0 || doc.paragraphOf[open - 1] != paragraph);
    }

    /**
     * "“X,” Hill said.¶“Y.”": a quotation that is the whole paragraph right after the paragraph where a direct or a
     * mixed one ends goes on with it; annotators group the two (58 to 8 on train; after indirect content only 18 to 16).
     */
    private boolean fillsNextParagraph(Quotation before, QuotedSpan quote, int open) {
        int paragraph = doc.paragraphOf[open];
        if (quote.close() == quote.contentEnd() || doc.paragraphOf[doc.tokenAt(before.end() - 1)] != paragraph - 1
                || open > 0 && doc.paragraphOf[open - 1] == paragraph) {
            return false; // an unclosed mark opens no quotation of its own
        }
        for (int k = doc.tokenAt(quote.contentEnd()); k < doc.size() && doc.paragraphOf[k] == paragraph; k++) {
            if (doc.token(k).isWord() && !doc.quoted(k)) {
                return false; // "“Y,” she added.": the paragraph attributes its own quotation
            }
        }
        return true;
    }

    /** Nothing but punctuation, a colon or a dash around the quotation in its sentence: it is said, not used. */
    private boolean standsAlone(int open, int lastInside, int b, int e) {
        for (int k = b; k < open; k++) {
            if (doc.token(k).isWord() && !doc.quoted(k)) {
                int prev = open - 1;
                return prev >= b && (doc.token(prev).text().equals(":") || afterSemicolon(open, b)
                        || Lexicon.isDash(doc.token(prev).text()));
            }
        }
        for (int k = lastInside + 1; k < e; k++) {
            Token t = doc.token(k);
            if (Lexicon.isDash(t.text())) {
                return true;
            }
            if (t.isWord() && !doc.quoted(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker of sentence {@code ps} where it is a short attribution in the paragraph of the mark at {@code open}
     * ("Maher replied.", "“…,” Wlezien told Bloomberg in May."): a lexicon cue with a mention before it or, inverted,
     * after it ("wrote Time magazine."), among at most {@link #MAX_ATTRIBUTION_WORDS} unquoted words; or null.
     */
    private Said attributionSentence(int ps, int open) {
        int pb = doc.sentenceBegin(ps);
        int pe = doc.sentenceEnd(ps);
        if (pe <= pb || doc.paragraphOf[pb] != doc.paragraphOf[open]) {
            return null;
        }
        int words = 0;
        int cue = -1;
        for (int k = pb; k < pe; k++) {
            if (!doc.quoted(k) && doc.token(k).isWord()) {
                words++;
                if (cue < 0 && cues.isCue(doc.token(k).lower())) {
                    cue = k;
                }
            }
        }
        if (cue < 0 || words > MAX_ATTRIBUTION_WORDS) {
            return null;
        }
        Mention left = cue > pb ? finder.leftOf(cue - 1, pb) : null;
        Mention m = left != null && !doc.quoted(left.first()) ? left : finder.rightFrom(cue + 1, pe);
        return m == null ? null : new Said(m, cue);
    }

    /** A speaker mention and the cue token that makes it one. */
    private record Said(Mention mention, int cue) {}

    /** Whether the quotation opening at {@code open} follows a semicolon inside its sentence. */
    private boolean afterSemicolon(int open, int b) {
        return open - 1 > b && doc.token(open - 1).text().equals(";");
    }

    private void attributeStandalone(QuotedSpan quote, int open, int lastInside, int s) {
        Span span = new Span(quote.contentStart(), quote.contentEnd());
        int words = bounds.wordsIn(open, lastInside + 1);
        if (words < MIN_STANDALONE_WORDS) {
            return;
        }
        // "…" — Commissioner Hill; or the dash opens the next paragraph, a signature under a quotation standing alone
        // (a name there: "– An immigrant himself –" is a subheading)
        int after = lastInside + 2;
        int e = doc.sentenceEnd(s);
        boolean signature = after == e && s + 1 < doc.sentenceCount()
                && doc.paragraphOf[after - 1] != doc.paragraphOf[after];
        if (signature) {
            e = doc.sentenceEnd(s + 1);
        }
        if (after < e && Lexicon.isDash(doc.token(after).text())) {
            Mention m = finder.rightFrom(after + 1, e);
            if (m != null && (!signature || m.type() == Mention.Type.NAME)) {
                Speaker speaker = entities.resolve(m, lastSpeaker);
                Span dash = new Span(doc.token(after).start(), doc.token(after).end());
                add(List.of(span), QuoteKind.DIRECT, speaker, m, dash.of(doc.text), dash, after, 0.7);
                return;
            }
        }
        // HEADLINE - Hill: "…", More from Hill: "…"
        Mention labelled = open - 1 > doc.sentenceBegin(s) && doc.token(open - 1).text().equals(":")
                ? finder.labelBefore(open - 1, doc.sentenceBegin(s)) : null;
        if (labelled != null) {
            Span colon = new Span(doc.token(open - 1).start(), doc.token(open - 1).end());
            add(List.of(span), QuoteKind.DIRECT, entities.resolve(labelled, lastSpeaker), labelled, colon.of(doc.text),
                    colon, open - 1, 0.7);
            return;
        }
        // Hill said: (sentence before) "…"
        if (s > 0 && doc.token(doc.sentenceEnd(s - 1) - 1).text().equals(":")) {
            int pe = doc.sentenceEnd(s - 1) - 1;
            for (int k = pe - 1; k >= doc.sentenceBegin(s - 1); k--) {
                if (cues.isCue(doc.token(k).lower()) && !doc.quoted(k)) {
                    Mention m = k == doc.sentenceBegin(s - 1) ? finder.rightFrom(k + 1, pe) // "Stated Hill:"
                            : finder.leftOf(k - 1, doc.sentenceBegin(s - 1));
                    if (m != null) {
                        Span cueSpan = new Span(doc.token(k).start(), doc.token(k).end());
                        add(List.of(span), QuoteKind.DIRECT, entities.resolve(m, lastSpeaker), m, cueSpan.of(doc.text),
                                cueSpan, k, 0.7);
                        return;
                    }
                }
            }
        }
        Said before = s > 0 ? attributionSentence(s - 1, open) : null;
        if (before != null) {
            // "“That is false!” Maher replied. “How many …”": the short sentence before, in its paragraph, that says
            // who spoke
            Span cueSpan = new Span(doc.token(before.cue()).start(), doc.token(before.cue()).end());
            add(List.of(span), QuoteKind.DIRECT, entities.resolve(before.mention(), lastSpeaker), before.mention(),
                    cueSpan.of(doc.text), cueSpan, before.cue(), 0.5);
            return;
        }
        // a quotation that goes on from the speaker of the one just before
        if (!found.isEmpty()) {
            Found prev = found.getLast();
            int paragraph = doc.paragraphOf[open];
            // "X expressed disappointment and that …; “…”", "…,” said Caddell, speaking of her health. “…”": a quotation
            // after someone's reported words, in their paragraph or the next, goes on with their words
            if (prev.speaker() != null && paragraph - prev.paragraph() <= 1) {
                add(List.of(span), QuoteKind.DIRECT, prev.speaker(), prev.mention(), prev.cue(), prev.cueSpan(),
                        doc.tokenAt(prev.cueSpan().start()), 0.5);
                return;
            }
        }
        if (words >= MIN_UNATTRIBUTED_WORDS) {
            add(List.of(span), QuoteKind.DIRECT, null, null, null, null, -1, 0.2);
        }
    }
}
