package dev.whosaid.query;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import dev.whosaid.index.SpeakerSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a journalist's question. In order: fielded terms ({@code speaker: role: source: from: to:
 * kind:}), quoted phrases, one time expression, then the form of the question, which says where the
 * speaker stands and where the topic starts ("what did X say about Y", "X on Y", "quotes by X", "who said
 * Y", "did X say Y"); speakers and roles are looked up among those in the index. Words that name nothing
 * stay topic words. User text never reaches a query parser: it is only ever analysed into terms.
 */
final class QuestionParser {

    /** Longer questions are refused (400): no real question is this long, and the cost grows with length. */
    static final int MAX_LENGTH = 1000;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FIELD = Pattern.compile("\\b(speaker|role|source|from|to|kind|year):\\s*(\"[^\"]*\"|“[^”]*”|\\S*)", FLAGS);
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"|“([^”]*)”");
    /** Compiled once: every question passes both (compiling them per question was about a tenth of parsing). */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.]+$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    private static final String VERB = "(?:say|said|says|saying|tell|told|think|thought|claim|claimed|comment|comments|commented|"
            + "mean|meant|announce|announced|speak|spoke|call|called|calls|describe|described|warn|warned|respond|responded|"
            + "react|reacted|admit|admitted|promise|promised|pledge|pledged|write|wrote|tweet|tweeted|argue|argued)";
    private static final String ABOUT = "(?:about|on|regarding|concerning|of|over)";
    private static final Pattern ABOUT_WORD = Pattern.compile(ABOUT, FLAGS);
    private static final List<Pattern> FORMS = List.of(
            // what did X say (about) Y; what has X said on Y; how did X describe Y; what did X say when ...
            Pattern.compile("^(?:what|how|when|why)\\s+(?:did|has|have|does|do|had|was|is)\\s+(?<who>.+?)\\s+" + VERB
                    + "(?:\\s+(?:" + ABOUT + "\\s+)?(?<topic>.*?))?\\s*\\??$", FLAGS),
            // did X say Y; has X said that Y
            Pattern.compile("^(?:did|has|have|does|do)\\s+(?<who>.+?)\\s+" + VERB + "(?:\\s+(?:that|anything\\s+" + ABOUT + "|" + ABOUT + "))?(?:\\s+(?<topic>.*?))?\\s*\\??$", FLAGS),
            // who said Y
            Pattern.compile("^(?:who|which\\s+\\S+)\\s+(?:has\\s+|had\\s+|have\\s+)?" + VERB + "(?:\\s+that)?(?:\\s+(?<topic>.*?))?\\s*\\??$", FLAGS),
            // quotes by X (about Y)
            Pattern.compile("^(?:(?:all|the)\\s+)?(?:quotes|quotations|statements|comments|remarks|words)\\s+(?:by|from|of)\\s+(?<who>.+?)(?:\\s+" + ABOUT + "\\s+(?<topic>.*?))?\\s*\\??$", FLAGS));
    /** "X on Y": only taken when X names a speaker or a role. */
    private static final Pattern ON = Pattern.compile("^(?<who>.+?)\\s+(?:on|about|regarding|concerning)\\s+(?<topic>.+?)\\s*\\??$", FLAGS);
    private static final Pattern JOINERS = Pattern.compile("^(?:and|or|&|,|the)$", FLAGS);

    private final SpeakerDirectory directory;
    private final Clock clock;

    QuestionParser(SpeakerDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What the parser read from the question, before explicit request parameters are added.
     *
     * @param role     a fielded {@code role:} value: a strict filter on the role's words
     * @param roleSaid a role named in the question ("the secretary of state"); its holders are in {@code speakers}
     * @param described words describing a speaker known by no name or role ("harry dunn mother"), or null
     */
    record Parsed(List<String> speakers, List<Ambiguity> ambiguous, List<String> unknownSpeakers, String topic,
            List<String> phrases, String role, String roleSaid, String source, QuoteKind kind, Integer year, LocalDate from,
            LocalDate to, String timeSaid, String described) {}

    Parsed parse(String question) {
        if (question.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the question is " + question.length() + " characters long; at most "
                    + MAX_LENGTH + " are understood");
        }
        Builder b = new Builder();
        String rest = fields(question, b);
        rest = phrases(rest, b);
        TimeExpressions.Found time = TimeExpressions.find(rest, clock);
        if (time != null) {
            b.from = b.from == null ? time.from() : b.from;
            b.to = b.to == null ? time.to() : b.to;
            b.timeSaid = time.said();
            rest = time.rest();
        }
        form(TRAILING_PUNCTUATION.matcher(rest).replaceAll("").strip(), b);
        return b.build();
    }

    private String fields(String text, Builder b) {
        if (text.indexOf(':') < 0) {
            return text;   // most questions: every field has its colon
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String value = m.group(2).replaceAll("^[\"“]|[\"”]$", "").strip();
            m.appendReplacement(rest, " ");
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "speaker" -> speakerNamed(value, b, true);
                case "role" -> b.role = value;
                case "source" -> b.source = value;
                case "kind" -> b.kind = QuoteKind.parse(value);
                case "from" -> b.from = DateParam.start(value, "from");
                case "to" -> b.to = DateParam.end(value, "to");
                default -> b.year = DateParam.year(value);
            }
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private String phrases(String text, Builder b) {
        if (!QUOTE_MARK.matcher(text).find()) {
            return text;   // no phrase, and no stray mark to blank
        }
        Matcher m = PHRASE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String phrase = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (!phrase.isEmpty()) {
                b.phrases.add(phrase);
            }
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        // An unmatched quote mark is punctuation, not a phrase.
        return QUOTE_MARK.matcher(rest).replaceAll(" ");
    }

    private void form(String text, Builder b) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                boolean hasWho = form.pattern().contains("?<who>");
                WhoAndTopic parts = hasWho ? nameRunningOn(text, m) : new WhoAndTopic(null, m.group("topic"));
                if (parts.who() != null) {
                    whoPart(parts.who(), b);
                }
                b.addTopic(parts.topic());
                return;
            }
        }
        Matcher on = ON.matcher(text);
        if (on.matches()) {
            WhoAndTopic parts = nameRunningOn(text, on);
            if (namesSomeone(parts.who())) {
                whoPart(parts.who(), b);
                b.addTopic(parts.topic());
                return;
            }
        }
        keywords(text, b);
    }

    /** Who spoke and what about, as a question's form split them; the topic may be null. */
    private record WhoAndTopic(String who, String topic) {}

    /**
     * The form's split, unless a speaker's name runs on over the word it split at: "quotes by Commission on
     * Presidential Debates", "Bank of England on rates". Then the name takes those words, and the topic, if any,
     * starts after the next "on" or "about".
     */
    private WhoAndTopic nameRunningOn(String text, Matcher m) {
        String who = m.group("who"), topic = m.group("topic");
        if (topic == null || topic.isBlank()) {
            return new WhoAndTopic(who, topic);
        }
        String gap = text.substring(m.end("who"), m.start("topic")).strip();
        if (!ABOUT_WORD.matcher(gap).matches()) {
            return new WhoAndTopic(who, topic);   // "what did X say about Y": the verb stands between
        }
        String whole = text.substring(m.start("who"), m.end("topic"));
        List<String> words = Names.words(whole);
        List<String> written = writtenForm(whole, words);
        int first = !words.isEmpty() && isArticle(words.getFirst()) ? 1 : 0;
        SpeakerDirectory.NameMatch name = first < words.size() ? nameAt(words, written, first) : null;
        if (name == null || name.to() <= Names.words(who).size()) {
            return new WhoAndTopic(who, topic);
        }
        List<String> shown = written == null ? words : written;
        String named = String.join(" ", shown.subList(0, name.to()));
        if (name.to() == words.size()) {
            return new WhoAndTopic(named, null);
        }
        return ABOUT_WORD.matcher(words.get(name.to())).matches()
                ? new WhoAndTopic(named, String.join(" ", shown.subList(name.to() + 1, shown.size())))
                : new WhoAndTopic(who, topic);
    }

    private boolean namesSomeone(String text) {
        List<String> words = Names.words(text);
        List<String> written = writtenForm(text, words);
        for (int i = 0; i < words.size(); i++) {
            if (nameAt(words, written, i) != null || directory.roleAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of a question that names who spoke: names, roles; other words join the topic. Where it names
     * no one and holds words that are neither a name nor a whole role ("Harry Dunn's mother", "the Mayor of
     * London" when no speaker holds that role), it describes a speaker the index does not know by name: a role
     * matched by part of it ("mother", "mayor") would be someone else, so the whole description is looked for
     * around the quotations instead.
     */
    private void whoPart(String text, Builder b) {
        List<String> words = Names.words(text);
        List<String> written = writtenForm(text, words);
        List<String> leftover = new ArrayList<>();
        List<SpeakerDirectory.RoleMatch> roles = new ArrayList<>();
        List<SpeakerDirectory.RoleMatch> rolesAlsoNamed = new ArrayList<>();
        boolean named = false, partial = false;
        for (int i = 0; i < words.size(); ) {
            int at = isArticle(words.get(i)) && i + 1 < words.size() ? i + 1 : i;
            SpeakerDirectory.NameMatch acronym = written != null && Names.isAcronym(written.get(at)) ? directory.acronymAt(words, at) : null;
            SpeakerDirectory.RoleMatch role = directory.roleAt(words, i);
            if (acronym != null && (role == null || role.to() <= acronym.to())) {
                // "the EFF" is the Electronic Frontier Foundation, not whoever has "EFF" in a role; but "the WHO
                // director-general" is a role. Organisations an acronym fits ("World Health Organization", "WHO",
                // "The WHO's website") are one body written several ways: no people to choose between.
                if (acronym.speakers().stream().anyMatch(sp -> sp.kind() == SpeakerKind.PERSON)) {
                    addSpeakers(written.get(at), acronym.speakers(), b);
                } else {
                    acronym.speakers().forEach(sp -> b.speakers.add(sp.name()));
                }
                named = true;
                i = acronym.to();
                continue;
            }
            SpeakerDirectory.NameMatch name = nameAt(words, written, i);
            if (isArticle(words.get(i)) && i + 1 < words.size()) {
                // "the Supreme Court" is every speaker so named, not only one whose name runs "… in front of the
                // Supreme Court …"
                SpeakerDirectory.NameMatch withoutArticle = nameAt(words, written, i + 1);
                if (name == null || withoutArticle != null && withoutArticle.to() == name.to()
                        && withoutArticle.speakers().containsAll(name.speakers())) {
                    name = withoutArticle;
                }
            }
            if (role != null && (name == null || role.to() > name.to())) {
                roles.add(role);
                // "the Mayor of London" where roles hold "mayor" and "London" apart: the whole is no one's role.
                partial |= role.to() + 1 < words.size() && words.get(role.to()).equals("of");
                i = role.to();
            } else if (role != null && role.to() == name.to() && role.to() - role.from() > 1) {
                // "the Vice President", "the Navy": a speaker so named and the speakers holding the role are all searched.
                rolesAlsoNamed.add(role);
                addSpeakers(String.join(" ", words.subList(name.from(), name.to())), name.speakers(), b);
                named = true;
                i = role.to();
            } else if (name != null) {
                addSpeakers(String.join(" ", words.subList(name.from(), name.to())), name.speakers(), b);
                named = true;
                i = name.to();
            } else {
                // "and" between names, "comments" in "Nauert's comments on ...": scaffolding, not topic; "former"
                // in "the former FEMA official" qualifies the role beside it.
                if (isContent(words.get(i)) && !SpeakerDirectory.isGenericRoleWord(words.get(i))) {
                    leftover.add(words.get(i));
                }
                i++;
            }
        }
        if (!named && (!leftover.isEmpty() || partial)) {
            b.describe(headLast(words));
            return;
        }
        b.roleMentions.addAll(roles);
        b.rolesAlsoNamed.addAll(rolesAlsoNamed);
        b.addTopic(String.join(" ", leftover));
    }

    /**
     * The content words of a description with its head noun last: "harry dunn mother" as said, "london mayor"
     * for "the Mayor of London" (the head is what stands before "of").
     */
    private static String headLast(List<String> words) {
        int of = words.indexOf("of");
        List<String> ordered = of < 0 ? words : new ArrayList<>(words.subList(of + 1, words.size()));
        if (of >= 0) {
            ordered.addAll(words.subList(0, of));
        }
        return String.join(" ", ordered.stream().filter(QuestionParser::isContent).toList());
    }

    private static boolean isContent(String word) {
        return !JOINERS.matcher(word).matches() && !StopWords.isStop(word);
    }

    private static boolean isArticle(String word) {
        return word.equals("the") || word.equals("a");
    }

    /** Plain words: any that name a known speaker filter by that speaker, the rest are the topic. */
    private void keywords(String text, Builder b) {
        List<String> words = Names.words(text);
        List<String> written = writtenForm(text, words);
        List<String> topic = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            SpeakerDirectory.NameMatch name = nameAt(words, written, i);
            if (name != null) {
                addSpeakers(String.join(" ", words.subList(name.from(), name.to())), name.speakers(), b);
                i = name.to();
            } else {
                topic.add(words.get(i));
                i++;
            }
        }
        b.addTopic(String.join(" ", topic));
    }

    /** A name, or an organisation's acronym where the word is written in capitals ("EFF", "WHO"). */
    private SpeakerDirectory.NameMatch nameAt(List<String> words, List<String> written, int i) {
        if (written != null && Names.isAcronym(written.get(i))) {
            SpeakerDirectory.NameMatch acronym = directory.acronymAt(words, i);
            if (acronym != null) {
                return acronym;
            }
        }
        return directory.nameAt(words, i);
    }

    /**
     * The words as written, one for each folded word; null where case says nothing (a question written all in
     * capitals) or the two do not line up.
     */
    private static List<String> writtenForm(String text, List<String> folded) {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return null;
        }
        List<String> written = Names.wordsAsWritten(text);
        return written.size() == folded.size() ? written : null;
    }

    private void speakerNamed(String value, Builder b, boolean fielded) {
        List<SpeakerSummary> fits = directory.resolve(value);
        if (fits.isEmpty() && fielded) {
            b.unknownSpeakers.add(value);
        } else {
            addSpeakers(value, fits, b);
        }
    }

    private void addSpeakers(String mention, List<SpeakerSummary> fits, Builder b) {
        fits.forEach(s -> b.speakers.add(s.name()));
        if (fits.size() < 2) {
            return;
        }
        // "Kim Jong-un" and "Kim Jong Un" spelled two ways in the index are one person too.
        long people = fits.stream().filter(s -> fits.stream().noneMatch(o -> isTitledVariant(s, o)))
                .map(s -> String.join("", directory.wordsOf(s))).distinct().count();
        if (people > 1) {
            b.ambiguous.add(new Ambiguity(mention, fits.stream().map(SpeakerSummary::name).toList()));
        }
    }

    /** "Mayor of London Sadiq Khan" is "Sadiq Khan" with a title: one person, not an ambiguity. */
    private boolean isTitledVariant(SpeakerSummary longer, SpeakerSummary shorter) {
        List<String> l = directory.wordsOf(longer), s = directory.wordsOf(shorter);
        return s.size() >= 2 && l.size() > s.size() && l.subList(l.size() - s.size(), l.size()).equals(s);
    }

    private static final class Builder {
        final Set<String> speakers = new LinkedHashSet<>();
        final List<Ambiguity> ambiguous = new ArrayList<>();
        final List<String> unknownSpeakers = new ArrayList<>();
        final List<String> phrases = new ArrayList<>();
        final List<SpeakerDirectory.RoleMatch> roleMentions = new ArrayList<>();
        /** Roles said in words that also name a speaker: their holders are searched beside that speaker. */
        final List<SpeakerDirectory.RoleMatch> rolesAlsoNamed = new ArrayList<>();
        final StringBuilder topic = new StringBuilder();
        final List<String> described = new ArrayList<>();
        String role, source, timeSaid;
        QuoteKind kind;
        Integer year;
        LocalDate from, to;

        void addTopic(String words) {
            if (words != null && !words.isBlank()) {
                topic.append(topic.isEmpty() ? "" : " ").append(words.strip());
            }
        }

        void describe(String words) {
            described.add(words);
        }

        Parsed build() {
            // A role in the question stands for the speakers who hold it, unless a name already says who.
            List<String> roleHolders = new ArrayList<>();
            String roleSaid = null;
            for (SpeakerDirectory.RoleMatch r : roleMentions) {
                roleSaid = roleSaid == null ? r.role() : roleSaid + ", " + r.role();
                if (speakers.isEmpty()) {
                    r.holders().forEach(h -> roleHolders.add(h.name()));
                }
            }
            for (SpeakerDirectory.RoleMatch r : rolesAlsoNamed) {
                roleSaid = roleSaid == null ? r.role() : roleSaid + ", " + r.role();
                r.holders().forEach(h -> roleHolders.add(h.name()));
            }
            speakers.addAll(roleHolders);
            String t = TopicWords.clean(topic.toString());
            return new Parsed(List.copyOf(speakers), ambiguous, unknownSpeakers, t.isEmpty() ? null : t, phrases, role,
                    roleSaid, source, kind, year, from, to, timeSaid, described.isEmpty() ? null : String.join(" ", described));
        }
    }
}
