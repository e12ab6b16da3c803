package dev.whosaid.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writings that speak for whoever issued them ("Judge Miller's statement said", "the NHC advisory warned", "a report
 * by the safety board found"): where the article names the issuer with the writing, the issuer is the speaker.
 * Finds the issuer's mention; {@link Entities} resolves it as it would any other.
 */
final class Writings {

    /**
     * Writings that speak for who issued them, from the heads of speaker mentions in annotated news ("the statement",
     * "Hoff's letter", "The Morning Consult poll", "the Heritage Foundation website"), and the bulletins of agencies.
     */
    static final Set<String> NOUNS = Set.of("statement", "statements", "release", "advisory", "report", "reports",
            "letter", "memo", "filing", "ruling", "judgment", "decision", "tweet", "tweets", "post", "posts", "bulletin",
            "notice", "communique", "communiqué", "message", "email", "emails", "note", "summary", "document",
            "analysis", "study", "survey", "poll", "editorial", "complaint", "affidavit", "website", "ad");

    /** Writings whose capitalised modifier names where they were filed, not who wrote them ("FEC filings"). */
    private static final Set<String> FILED = Set.of("filing", "filings", "records", "complaint", "affidavit");

    /** Services a writing is posted on, not its author ("a Twitter post", "a YouTube video"). */
    private static final Set<String> PLATFORMS = Set.of("twitter", "facebook", "youtube", "instagram", "linkedin",
            "tiktok", "reddit", "weibo", "wechat", "whatsapp", "telegram", "web", "internet", "google", "x", "tv", "radio");

    /** Words that say how a writing was put out before "by" names who put it out ("a statement issued by …"). */
    private static final Set<String> ISSUING = Set.of("issued", "released", "published", "posted", "signed", "written",
            "sent", "put", "made", "conducted", "prepared", "compiled", "shared", "tweeted");

    /** A people's or a party's adjective, which names no issuer ("the Turkish statement", "the Republican platform"). */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(ish|ese|ian|ean|can|ic|ist|i)");

    private final Document doc;
    private final MentionFinder finder;

    Writings(Document doc, MentionFinder finder) {
        this.doc = doc;
        this.finder = finder;
    }

    /** Whether token {@code k} is a writing's noun, written in lower case ("statement", not "The Washington Post"). */
    boolean isWriting(int k) {
        Token t = doc.token(k);
        return NOUNS.contains(t.lower()) && !t.isCapitalized();
    }

    /**
     * The writing's noun that mention {@code m} ends with, or with a participle after it ("a statement posted"), or that
     * the mention names the issuer after ("a report from ABC Australia"); or -1.
     */
    int headOf(Mention m) {
        if (isWriting(m.last())) {
            return m.last();
        }
        if (m.last() > m.first() && ISSUING.contains(doc.token(m.last()).lower()) && isWriting(m.last() - 1)) {
            return m.last() - 1;
        }
        // "a report from ABC Australia", "a memo posted online by Senator Juan Dalmau": the mention runs on to its issuer
        for (int k = m.first(); k < m.last(); k++) {
            Mention agent = isWriting(k) ? agentAfter(k) : null;
            if (agent != null && agent.last() <= m.last()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The issuer the writing phrase from {@code first} to its noun at {@code head} names: the owner before "'s" or a
     * possessive pronoun ("Judge Miller's statement", "his letter"), a name before the noun ("the NHC advisory", "an
     * AEW press release"), the one after "by" or "from" ("a report on Wednesday by UpGuard"), or the subject after a
     * phrase opening the sentence that holds the writing ("In a statement, the council said"); or null.
     */
    Mention issuerOf(int first, int head) {
        if (first > 0 && Lexicon.POSSESSIVE_PRONOUNS.containsKey(doc.token(first - 1).lower())) {
            first--; // "its press release", of which the mention holds "press release"
        }
        for (int k = head - 1; k > first; k--) {
            if (doc.token(k).is("of")) {
                if (!PARTS.contains(doc.token(first).lower())) {
                    return null; // "Director of the National Iodine Nutrition study": a person, not a writing
                }
                first = k + 1; // "Part of Trump's tweet"
                break;
            }
        }
        Mention owner = possessorWithin(first, head);
        if (owner != null && owner.type() == Mention.Type.PRONOUN) {
            Mention subject = subjectAfterOpening(first, head, true); // "According to its press release, the NBA …"
            owner = subject != null ? subject : owner;
        }
        if (owner == null) {
            owner = nameBefore(first, head);
        }
        if (owner == null) {
            owner = agentAfter(head);
        }
        return owner != null ? owner : subjectAfterOpening(first, head, false);
    }

    /** Words for a part of a writing, which speaks as the writing does ("Part of the judge's statement"). */
    private static final Set<String> PARTS = Set.of("part", "parts", "much", "some", "excerpt", "excerpts", "portion",
            "rest", "text", "copy", "one");

    /** "Judge Miller's statement", "the agency's own report", "Part of Trump's tweet", "their letter". */
    private Mention possessorWithin(int first, int head) {
        for (int k = head - 1; k >= first; k--) {
            Token t = doc.token(k);
            if (Lexicon.POSSESSIVE_PRONOUNS.containsKey(t.lower())) {
                return finder.possessor(k, first);
            }
            if (t.isPossessive() || t.is("'") || t.is("’")) {
                Mention owner = finder.possessor(k, first);
                return owner != null ? owner : k - 1 >= first ? finder.nounPhraseEndingAt(k - 1, first) : null; // "the judge's"
            }
        }
        return null;
    }

    /** "the NHC advisory", "an AEW press release", "a 2019 Marquette University poll": capitalised words before the noun. */
    private Mention nameBefore(int first, int head) {
        if (FILED.contains(doc.token(head).lower()) || doc.token(head).lower().endsWith("s") && !doc.token(head).is("analysis")) {
            return null; // "FEC filings", "press reports": where they were filed, or many writers
        }
        int last = head - 1;
        while (last >= first && MODIFIERS.contains(doc.token(last).lower()) && !doc.token(last).isCapitalized()) {
            last--; // "an AEW press release", "the WHO situation report"
        }
        if (last < first || !doc.token(last).isCapitalized() || PLATFORMS.contains(doc.token(last).lower())
                || Lexicon.INDEFINITE.contains(doc.token(last).lower()) || Lexicon.DETERMINERS.contains(doc.token(last).lower())) {
            return null;
        }
        int start = last;
        boolean joined = false;
        while (start - 2 >= first && (partOfName(start - 1) || doc.token(start - 1).text().equals("/"))
                && doc.token(start - 2).isCapitalized() || start - 1 >= first && partOfName(start - 1)) {
            joined |= doc.token(start - 1).text().equals("/"); // "a CNN/ORC poll"
            start--;
        }
        while (start < last && (Lexicon.INDEFINITE.contains(doc.token(start).lower())
                || Lexicon.MONTHS.contains(doc.token(start).lower()) || !doc.token(start).isCapitalized())) {
            start++; // "One Club for Growth ad", "a September Post-ABC poll"
        }
        boolean oneWord = start == last;
        if (oneWord && (start == doc.sentenceBegin(doc.sentenceOf[start]) && finder.writtenInLowerCase(doc.token(start).lower())
                || ADJECTIVE.matcher(doc.token(start).text()).matches())) {
            return null; // "Government statement" opening a sentence, "the Turkish statement"
        }
        if (joined) {
            Span span = new Span(doc.token(start).start(), doc.token(last).end());
            return new Mention(start, last, span, span.of(doc.text), null, Mention.Type.ORGANISATION);
        }
        Mention name = finder.nounPhraseEndingAt(last, start);
        return name != null && name.type() != Mention.Type.PRONOUN && name.type() != Mention.Type.RELATIVE ? name : null;
    }

    /** Words that run on after the name of who issued a writing without being part of it. */
    private static final Set<String> TRAILING = Set.of("late", "early", "earlier", "later", "last", "this", "on");

    /** A capitalised word of a name, or "of", "for", "and" between two ("Club for Growth"), but no determiner. */
    private boolean partOfName(int k) {
        Token t = doc.token(k);
        if (t.isCapitalized()) {
            return !Lexicon.DETERMINERS.contains(t.lower());
        }
        return NAME_JOINERS.contains(t.lower()) && doc.token(k + 1).isCapitalized();
    }

    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&", "on");

    /**
     * Words that say what kind of writing it is, between its issuer's name and its noun ("an AEW press release", "the
     * Gallup daily tracking poll"); other words there make the name something else ("the United States jobs report").
     */
    private static final Set<String> MODIFIERS = Set.of("press", "news", "official", "tracking", "national", "rolling",
            "situation", "opinion", "online", "annual", "weekly", "monthly", "quarterly", "daily", "final", "latest",
            "new", "draft", "written", "joint", "formal", "take-down", "takedown", "public", "internal", "preliminary",
            "interim", "recent");

    /**
     * "In an advisory issued on Sunday, the National Hurricane Center (NHC) confirmed …", "According to its press
     * release, the league …": the subject after the opening phrase that holds the writing; or null. Only a writing
     * owned by "its" or "their" may open with "according to" ("According to reports, Smith …" names no issuer).
     */
    private Mention subjectAfterOpening(int first, int head, boolean owned) {
        int begin = doc.sentenceBegin(doc.sentenceOf[head]);
        boolean in = first - 1 == begin && doc.token(begin).is("in");
        boolean accordingTo = owned && first - 2 == begin && doc.token(begin).is("according") && doc.token(first - 1).is("to");
        if (!in && !accordingTo) {
            return null;
        }
        int end = doc.sentenceEnd(doc.sentenceOf[head]);
        for (int k = head + 1; k + 1 < end && k <= head + MAX_OPENING_TAIL; k++) {
            if (doc.quoted(k)) {
                return null;
            }
            if (doc.token(k).text().equals(",")) {
                Mention subject = finder.rightFrom(k + 1, end);
                if (subject != null && !doc.token(subject.last()).isCapitalized()) {
                    int name = doc.token(k + 1).is("the") ? k + 2 : k + 1; // "the Office upgraded the storm": its name
                    while (name + 1 < end && doc.token(name + 1).isCapitalized()) {
                        name++;
                    }
                    subject = name < end && doc.token(name).isCapitalized() ? finder.nounPhraseEndingAt(name, k + 1) : null;
                }
                return subject != null && (subject.type() == Mention.Type.NAME || subject.type() == Mention.Type.ORGANISATION)
                        ? subject : null;
            }
        }
        return null;
    }

    /** The owner of the account or page a writing was posted to: "his", "the council's" of "the council's Facebook page". */
    private Mention accountOwner(int from, int end) {
        for (int k = from; k < end && k - from < MAX_ACCOUNT_WORDS; k++) {
            Token t = doc.token(k);
            if (ACCOUNTS.contains(t.lower())) {
                return null;
            }
            if (Lexicon.POSSESSIVE_PRONOUNS.containsKey(t.lower()) || t.isPossessive()) {
                for (int a = k + 1; a < end && a - k <= MAX_ACCOUNT_WORDS; a++) {
                    if (ACCOUNTS.contains(doc.token(a).lower())) {
                        return finder.possessor(k, from);
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> ACCOUNTS = Set.of("account", "page", "website", "site", "channel", "feed", "blog");
    private static final int MAX_ACCOUNT_WORDS = 4;

    /** The most tokens after a writing's noun to the comma closing the phrase that opens its sentence. */
    private static final int MAX_OPENING_TAIL = 8;

    /** "a report by UpGuard", "a tweet on Monday by Mayor Ann Roe", "a statement issued by the police", "a letter from X". */
    private Mention agentAfter(int head) {
        int end = doc.sentenceEnd(doc.sentenceOf[head]);
        int k = head + 1;
        if (k < end && ISSUING.contains(doc.token(k).lower())) {
            k++;
            k += k < end && doc.token(k).is("online") ? 1 : 0; // "a memo posted online by …"
        }
        if (k > head + 1 && k < end && (doc.token(k).is("to") || doc.token(k).is("on"))) {
            Mention account = accountOwner(k + 1, end);
            if (account != null) {
                return account; // "a statement posted to his official Twitter account"
            }
        }
        k = TimePhrases.after(doc, k, end);
        if (k + 1 >= end || doc.quoted(k) || !(doc.token(k).is("by") || doc.token(k).is("from"))) {
            return null;
        }
        if (Lexicon.POSSESSIVE_PRONOUNS.containsKey(doc.token(k + 1).lower()) && k + 2 < end && doc.token(k + 2).isWord()) {
            return null; // "a statement released by her family": not by her
        }
        Mention agent = finder.rightFrom(k + 1, end);
        int last = agent == null ? -1 : agent.last();
        while (agent != null && last > agent.first() && (TRAILING.contains(doc.token(last).lower()) || doc.token(last).lower().endsWith("ed"))) {
            last--; // "by the Sanders campaign late Tuesday", "by the Pew Research Center based on …"
        }
        boolean clauseAfter = last + 2 < end && doc.token(last + 1).text().equals(",") && doc.token(last + 2).is("the");
        if (agent != null && (last < agent.last() || clauseAfter)) {
            // "according to a report by The Atlantic, the Watch Tower maintains …": what follows the comma is what the
            // report says, not who The Atlantic is
            agent = finder.nounPhraseEndingAt(last, k + 1);
        }
        return agent != null && agent.type() != Mention.Type.RELATIVE && !isWriting(agent.last()) ? agent : null;
    }
}
