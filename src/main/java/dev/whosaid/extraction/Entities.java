package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people one article names, and how its later mentions resolve to them: surnames ("Nauert"), pronouns
 * ("she"), role nouns ("the secretary"). Built per article. People who share a word of their names (Kim Jong Un,
 * Kim Yong Chol) stay apart: a lone "Kim" goes to the one mentioned most recently.
 */
final class Entities {

    enum Gender { FEMALE, MALE, UNKNOWN }

    private static final class Person {
        final String name;
        final String[] words;
        /** The first and last name words without accents or case, compared on every lookup by one word. */
        final String firstKey, lastKey;
        /**
         * The word before the last of three or more: "Rosselló" of "Ricardo Rosselló Nevares", "Harris" of "Harry B.
         * Harris Jr.".
         */
        final String innerKey;
        String role;
        /** The words of every role the article gives the person ("Vermont", "senator", "Democratic", "candidate"). */
        final Set<String> roleWords = new HashSet<>();
        Gender gender;
        /**
         * The gender by the wider lists of given names ("Debbie", "Jerome"), which may pick a person known to be one
         * for a pronoun but never rule one out: they call "Adel" a woman's name and hold "North", "Des", "Orlando".
         */
        final Gender likely;
        /** Known to be a person (a given name, a title, an honorific, or it speaks), not a place or a thing. */
        boolean evidenced;
        /**
         * Introduced as someone's relative ("her husband, Tom", "Biden's son Hunter Biden"): news names a relative by
         * the given name, so a surname they share goes on standing for the one the article is about.
         */
        boolean kin;

        Person(String name) {
            this.name = name;
            this.words = name.split(" ");
            this.firstKey = key(words[0]);
            this.lastKey = key(words[words.length - 1]);
            String inner = words.length >= 3 ? words[words.length - 2] : "";
            boolean named = GENERATIONS.contains(words[words.length - 1])
                    || GivenNames.usualGenderOf(words[0]) != Gender.UNKNOWN; // not "History Makes Latinos Feel"
            this.innerKey = named && inner.length() > 2 && !inner.endsWith(".") ? key(inner) : "";
            this.gender = GivenNames.genderOf(words[0]);
            this.likely = GivenNames.usualGenderOf(words[0]);
            this.evidenced = gender != Gender.UNKNOWN;
        }
    }

    /** How many tokens back a pronoun looks for a person of its own gender before settling for an unknown one. */
    private static final int GENDER_WINDOW = 150;
    /** The most tokens before an organisation that opens its sentence as the subject ("Although the IMF …"). */
    private static final int MAX_SUBJECT_OFFSET = 2;

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private record Occurrence(int token, Person person) {}

    private final Document doc;
    private final MentionFinder finder;
    private final Writings writings;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** Capitalised organisations in text order, for "the agency" or "the court" later on. */
    private final List<Named> organisations = new ArrayList<>();

    private record Named(int token, String name) {}
    /** Acronyms the article spells out ("the Electronic Frontier Foundation (EFF)"): acronym to full name. */
    private final Map<String, String> acronyms = new java.util.HashMap<>();
    /** The speaker the last resolved mention stood for, and the sentence of that mention. */
    private Speaker lastResolved;
    private int lastResolvedSentence = -1;
    private int lastResolvedToken = -1;
    /** Whether the last resolved mention was a writing that spoke as its issuer, whom "it" may go on for. */
    private boolean lastWasWriting;
    /** How many sentences back a pronoun may still continue the last speaker when no one else is named between. */
    private static final int CONTINUATION_SENTENCES = 3;

    Entities(Document doc, MentionFinder finder) {
        this.doc = doc;
        this.finder = finder;
        this.writings = new Writings(doc, finder);
        List<Mention> names = new ArrayList<>();
        for (Mention m : finder.names()) {
            if (m.type() == Mention.Type.NAME) {
                names.add(m);
            } else if (Character.isUpperCase(m.name().charAt(0))) {
                organisations.add(new Named(m.first(), clean(m.name())));
            }
        }
        for (Mention m : names) {
            String name = clean(m.name());
            if (isPersonName(name) && (name.indexOf(' ') > 0 || hasHonorific(m) || isPersonRole(m.role()))) {
                Person p = people.computeIfAbsent(name, Person::new);
                learn(p, m);
            }
        }
        learnAcronyms();
        Map<Mention, Person> named = new LinkedHashMap<>();
        for (Mention m : names) {
            Person p = lookup(clean(m.name()), m.first());
            if (p != null) {
                learn(p, m);
                p.kin |= introducedAsKin(m);
                occurrences.add(new Occurrence(m.first(), p));
                named.put(m, p);
            }
        }
        named.forEach((m, p) -> p.role = p.role != null ? p.role : roleSetOffAfter(m)); // titles first
    }

    /**
     * "Boris Johnson, the current prime minister, lost the vote": the short role set off after the name {@code m},
     * where the person need not speak; or null. Only a short phrase headed by a role noun counts: in sentences of
     * narration, what follows a name is often a clause or a trait ("Christie, brusque as ever,").
     */
    private String roleSetOffAfter(Mention m) {
        if (m.role() != null) {
            return null;
        }
        String role = finder.withRoleAfter(m, doc.sentenceEnd(doc.sentenceOf[m.last()])).role();
        // "founder of …", "strategist and lobbyist", "director at …": a person's noun before the first link heads it
        return role != null && role.split("\\s+").length <= MAX_ROLE_WORDS_SET_OFF && RoleText.headsPerson(role) ? role : null;
    }

    private static final int MAX_ROLE_WORDS_SET_OFF = 8;

    /**
     * "( EFF )" after capitalised words whose initials spell it: the acronym stands for those words; so does an acronym
     * before them in brackets ("AEW (All Elite Wrestling)").
     */
    private void learnAcronyms() {
        for (int open = 1; open + 2 < doc.size(); open++) {
            if (!doc.token(open).text().equals("(")) {
                continue;
            }
            String acronym = doc.token(open + 1).text();
            String before = doc.token(open - 1).text();
            if (doc.token(open + 2).text().equals(")") && ACRONYM.matcher(acronym).matches() && !acronyms.containsKey(acronym)) {
                String expansion = spelledOutBefore(open, acronym);
                if (expansion != null) {
                    acronyms.put(acronym, expansion);
                }
            } else if (ACRONYM.matcher(before).matches() && !acronyms.containsKey(before)) {
                String expansion = spelledOutAfter(open, before);
                if (expansion != null) {
                    acronyms.put(before, expansion);
                }
            }
        }
    }

    /** The capitalised words from after {@code open} to its ")" whose initials are {@code acronym}; or null. */
    private String spelledOutAfter(int open, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = open + 1; k < doc.size() && k - open <= 2 * acronym.length() + 2; k++) {
            Token t = doc.token(k);
            if (t.text().equals(")")) {
                return k > open + 1 && initials.toString().equals(acronym)
                        ? doc.text.substring(doc.token(open + 1).start(), doc.token(k - 1).end()) : null;
            }
            if (t.isCapitalized() && t.isWord()) {
                initials.append(t.text().charAt(0));
            } else if (!ACRONYM_CONNECTORS.contains(t.lower()) || k == open + 1) {
                return null;
            }
        }
        return null;
    }

    /** The capitalised words ending before {@code open} whose initials are {@code acronym}, with "of", "on" between. */
    private String spelledOutBefore(int open, String acronym) {
        String initials = "";
        for (int k = open - 1; k >= 0 && open - k <= 2 * acronym.length() + 2; k--) {
            Token t = doc.token(k);
            if (t.isCapitalized() && t.isWord()) {
                initials = t.text().charAt(0) + initials;
                if (initials.equals(acronym)) {
                    return doc.text.substring(t.start(), doc.token(open - 1).end());
                }
                if (!acronym.endsWith(initials)) {
                    return null;
                }
            } else if (!ACRONYM_CONNECTORS.contains(t.lower()) || k == open - 1) {
                return null;
            }
        }
        return null;
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
    /** Prepositions that tie a person to a group ("a pollster with the party", "a lawyer for the city"). */
    private static final Set<String> OF_A_GROUP = Set.of("with", "for", "at", "of", "from", "in", "on");
    private static final Set<String> ACRONYM_CONNECTORS = Set.of("of", "on", "for", "and", "the",
            "&", "in", "de", "des", "du", "la");

    /**
     * Whether a role ends in a word for a person's place ("Sen.", "spokeswoman", "candidate"), so that the one word
     * it stands before is a person's name; not words the noun phrase took in by mistake ("Trump won Virginia").
     */
    private static boolean isPersonRole(String role) {
        if (role == null) {
            return false;
        }
        String[] words = ROLE_BREAKS.split(MentionFinder.lower(role));
        String last = words.length == 0 ? "" : words[words.length - 1];
        return Lexicon.ROLE_NOUNS.contains(last) || Lexicon.TITLE_WORDS.contains(last) || MentionFinder.KIN_NOUNS.contains(last)
                || ROLE_ABBREVIATIONS.containsKey(last) || Lexicon.HONORIFICS.contains(last);
    }

    private boolean hasHonorific(Mention m) {
        return Lexicon.HONORIFICS.contains(doc.token(m.first()).lower());
    }

    /** A name word compared without case or accents: "Erdogan" is "Erdoğan", "PENCE" is "Pence". */
    private static String key(String word) {
        return COMBINING.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(java.util.Locale.ROOT).replace("ı", "i");
    }

    private static String clean(String name) {
        return name.replace("’s", "").replace("'s", "").strip();
    }

    private static boolean isPersonName(String name) {
        if (Lexicon.isState(name)) {
            return false; // "New Hampshire", "North Carolina"
        }
        String[] words = name.split(" ");
        if (Lexicon.DETERMINERS.contains(MentionFinder.lower(words[0]))) {
            return false; // "A Clinton presidency", "His Catholic faith": a sentence's first word, capitalised
        }
        for (String w : words) {
            String lower = MentionFinder.lower(w);
            if (Lexicon.ORGANISATION_WORDS.contains(lower) || BUILDINGS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Words that make a name a place or a building ("Trump Tower", "Trump International Hotel"), no person. */
    private static final Set<String> BUILDINGS = Set.of("tower", "towers", "hotel", "building",
            "plaza", "square", "street", "avenue", "park", "airport", "station", "stadium", "arena", "bridge", "county",
            "city", "island", "river", "lake", "mountain", "beach", "resort", "casino", "mall", "palace");

    private void learn(Person p, Mention m) {
        if (p.role == null && isTitle(m.role())) {
            p.role = m.role();
        }
        if (m.role() != null) {
            p.roleWords.addAll(roleWords(m.role()));
        }
        p.evidenced |= m.role() != null || hasHonorific(m);
        if (p.gender == Gender.UNKNOWN) {
            for (int i = m.first(); i <= m.last(); i++) {
                String w = doc.token(i).lower();
                if (Lexicon.FEMALE.contains(w)) {
                    p.gender = Gender.FEMALE;
                } else if (Lexicon.MALE.contains(w)) {
                    p.gender = Gender.MALE;
                }
            }
        }
    }

    /** The registered person a name stands for: itself when registered, else by a surname or given name. */
    private Person lookup(String name, int token) {
        Person exact = people.get(name);
        if (name.indexOf(' ') > 0) {
            return exact;
        }
        String nameKey = key(name);
        Gender titled = honorificGender(token);
        Person best = mostRecentWithKey(nameKey, token, false, titled);
        if (best != null && best.kin && !namedJustBefore(best, token)) {
            Person principal = principalWithKey(nameKey, token, titled); // "Ebeling and her husband, Tom, … Ebeling said"
            best = principal != null ? principal : best;
        }
        if (best == null) {
            best = mostRecentWithKey(nameKey, token, true, titled); // "Rosselló" of "Ricardo Rosselló Nevares"
        }
        if (best != null) {
            return best;
        }
        Person initialled = initialled(name);
        if (initialled != null) {
            return initialled;
        }
        Person close = misspelt(name);
        return close != null ? close : exact;
    }

    /**
     * Of the people with a name of two or more words keyed so (last or first word, or the inner one), the last named,
     * not of the gender opposite to {@code titled} ("Mr. Khan" is not Ghazala Khan). After an honorific, a surname
     * goes before a first word ("Mr. Trump" is Donald J. Trump, not "Trump Force One"; "Mr. Xi" is still Xi Jinping).
     */
    private Person mostRecentWithKey(String nameKey, int token, boolean inner, Gender titled) {
        Person best = null;
        int bestAt = -1;
        boolean bestBySurname = false;
        for (Person p : people.values()) {
            boolean keyed = inner ? p.innerKey.equals(nameKey)
                    : p.lastKey.equals(nameKey) || p.firstKey.equals(nameKey);
            if (p.words.length > 1 && keyed && !ofOtherGender(p, titled)) {
                int at = lastOccurrenceBefore(p, token);
                boolean bySurname = titled != Gender.UNKNOWN && p.lastKey.equals(nameKey);
                if (best == null || bySurname && !bestBySurname || bySurname == bestBySurname && at > bestAt) {
                    best = p;
                    bestAt = at;
                    bestBySurname = bySurname;
                }
            }
        }
        return best;
    }

    /**
     * Of the people not introduced as a relative with a name of two or more words keyed so, and not of the gender
     * opposite to {@code titled} ("Mr. Khan"), the first named before: the one the article is about.
     */
    private Person principalWithKey(String nameKey, int token, Gender titled) {
        Person best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Person p : people.values()) {
            int at = firstOccurrenceBefore(p, token);
            if (!p.kin && p.words.length > 1 && (p.lastKey.equals(nameKey) || p.firstKey.equals(nameKey))
                    && !ofOtherGender(p, titled) && at >= 0 && at < bestAt) {
                best = p;
                bestAt = at;
            }
        }
        return best;
    }

    /**
     * Whether the person's given name makes them of the gender opposite to {@code g}. The gender learned from mentions
     * does not count: "Mr. Khan" may have gone to Ghazala Khan where her husband's full name is never given.
     */
    private static boolean ofOtherGender(Person p, Gender g) {
        Gender byName = GivenNames.genderOf(p.words[0]);
        return g != Gender.UNKNOWN && (byName == Gender.UNKNOWN ? p.likely : byName) == opposite(g);
    }

    private int firstOccurrenceBefore(Person p, int token) {
        for (Occurrence o : occurrences) {
            if (o.token() >= token) {
                break;
            }
            if (o.person() == p) {
                return o.token();
            }
        }
        return -1;
    }

    /** The gender an honorific at or right before {@code token} gives ("Mr. Khan", "Mrs. Clinton"), or UNKNOWN. */
    private Gender honorificGender(int token) {
        for (int k = Math.max(0, token - 1); k <= token && k < doc.size(); k++) {
            String w = doc.token(k).lower();
            if (Lexicon.PLAIN_HONORIFICS.contains(w)) {
                return Lexicon.FEMALE.contains(w) ? Gender.FEMALE : Lexicon.MALE.contains(w) ? Gender.MALE : Gender.UNKNOWN;
            }
        }
        return Gender.UNKNOWN;
    }

    /** Whether the person was named in the sentence of {@code token} or the one before. */
    private boolean namedJustBefore(Person p, int token) {
        int at = lastOccurrenceBefore(p, token);
        return at >= 0 && doc.sentenceOf[token] - doc.sentenceOf[at] <= 1;
    }

    /**
     * "her husband, Tom", "Biden's son Hunter Biden", "his mother, Jane Roe": a name given as a relative's, by a kin
     * noun in its role or right before it.
     */
    private boolean introducedAsKin(Mention m) {
        if (m.role() != null) {
            for (String w : MentionFinder.lower(m.role()).split("[^\\p{L}]+")) {
                if (MentionFinder.KIN_NOUNS.contains(w)) {
                    return true;
                }
            }
        }
        int before = m.first() - 1;
        if (before > 0 && doc.token(before).text().equals(",")) {
            before--;
        }
        return before >= 0 && MentionFinder.KIN_NOUNS.contains(doc.token(before).lower());
    }

    /** Generational suffixes after a surname ("Harry B. Harris Jr."). */
    private static final Set<String> GENERATIONS = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * The one person whose initials a capital label spells ("MS" for Michael Siegel, "NG" for Natasha Gownaris, as
     * interview transcripts label the person interviewed); or null.
     */
    private Person initialled(String name) {
        if (!ACRONYM.matcher(name).matches() || name.length() > 4 || acronyms.containsKey(name)) {
            return null;
        }
        Person found = null;
        for (Person p : people.values()) {
            if (initialsOf(p).equals(name)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static String initialsOf(Person p) {
        StringBuilder initials = new StringBuilder();
        for (String w : p.words) {
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return initials.toString();
    }

    /**
     * The one person whose surname is a letter or two away from {@code name} ("Ms Bauchtman" for Lydia Buchtmann):
     * news misspells names; a long word so close to a surname the article gives is that person. Or null.
     */
    private Person misspelt(String name) {
        int allowed = name.length() >= 8 ? 2 : name.length() >= 5 ? 1 : 0;
        Person found = null;
        String nameKey = key(name);
        for (Person p : people.values()) {
            String surname = p.words[p.words.length - 1];
            if (p.words.length > 1 && surname.charAt(0) == name.charAt(0) && allowed > 0
                    && editDistance(p.lastKey, nameKey, allowed) <= allowed) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Levenshtein distance, or {@code limit + 1} once it is sure to exceed {@code limit}. */
    private static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private int lastOccurrenceBefore(Person p, int token) {
        int at = -1;
        for (Occurrence o : occurrences) {
            if (o.token() >= token) {
                break;
            }
            if (o.person() == p) {
                at = o.token();
            }
        }
        return at;
    }

    /** The speaker a mention stands for; {@code previous} is the last speaker found before it, or null. */
    Speaker resolve(Mention m, Speaker previous) {
        String spelledOut = acronyms.get(clean(m.name()));
        Person initialled = m.first() == m.last() ? initialled(clean(m.name())) : null;
        int writing = m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.RELATIVE ? -1 : writings.headOf(m);
        Speaker issuer = writing < 0 ? null : issuer(m, writing, previous);
        Speaker s = issuer != null ? issuer : spelledOut != null ? new Speaker(spelledOut, m.role(), SpeakerKind.ORGANISATION)
                : initialled != null ? new Speaker(initialled.name, initialled.role, SpeakerKind.PERSON) : switch (m.type()) {
            case NAME -> name(m);
            case PRONOUN -> pronoun(m, previous);
            case RELATIVE -> relative(m, previous);
            case ROLE -> {
                Speaker described = role(m);
                yield described.name().equals(m.name()) ? orElse(possessive(m, previous), described) : described;
            }
            case ORGANISATION -> orElse(possessive(m, previous), orElse(document(m, previous),
                    new Speaker(organisation(m), m.role(), SpeakerKind.ORGANISATION)));
            case ANONYMOUS -> orElse(possessive(m, previous), orElse(document(m, previous),
                    new Speaker(m.name(), m.role(), SpeakerKind.ANONYMOUS)));
        };
        lastResolved = s;
        lastWasWriting = issuer != null;
        lastResolvedSentence = doc.sentenceOf[m.first()];
        lastResolvedToken = m.last();
        return s;
    }

    /**
     * The person who spoke in this sentence or the one before, where "he" or "she" may stand for them: a pronoun
     * opening a sentence most often continues its predecessor's subject ("Baslan Damang told the Post … He added"),
     * even where someone of a known gender was named a little earlier; or null.
     */
    private Speaker recentSpeaker(Mention m, Gender wanted) {
        return lastSpeakerWithin(m, wanted, 1);
    }

    /**
     * The person who spoke up to {@code sentences} sentences before, where "he" or "she" may stand for them and no
     * other person who may be named so stands between ("Calderon told CNBC … But the former Mexican president
     * didn't stop there. '…,' he continued"); or null.
     */
    private Speaker lastSpeakerWithin(Mention m, Gender wanted, int sentences) {
        if (lastResolved == null || lastResolved.kind() != SpeakerKind.PERSON
                || doc.sentenceOf[m.first()] - lastResolvedSentence > sentences || isPronounName(lastResolved.name())) {
            return null;
        }
        Person p = people.get(lastResolved.name());
        if (p == null && !MentionFinder.lower(lastResolved.name()).startsWith("the ")
                && !capitalisedMidSentence(lastResolved.name()) && finder.writtenInLowerCase(lastResolved.name())
                || p == null && ACRONYM.matcher(lastResolved.name()).matches()) {
            return null; // a capitalised word only ever opening sentences ("Chastened", "Delegates") is no person, "UK" neither
        }
        if (sentences > 1 && someoneElseBetween(p, lastResolvedToken, m.first(), wanted)) {
            return null;
        }
        Gender known = p != null ? p.gender : genderOfWords(lastResolved.role() == null ? lastResolved.name()
                : lastResolved.name() + " " + lastResolved.role());
        if (wanted != null && known == opposite(wanted)) {
            return null;
        }
        if (p != null && p.gender == Gender.UNKNOWN && wanted != null) {
            p.gender = wanted;
        }
        return lastResolved;
    }

    /** Whether a person other than {@code p}, who may be called {@code wanted}, is named between two tokens. */
    private boolean someoneElseBetween(Person p, int from, int to, Gender wanted) {
        for (Occurrence o : occurrences) {
            if (o.token() > from && o.token() < to && o.person() != p && o.person().gender != opposite(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Scientists", "Protesters", "Prosecutors": one plural word capitalised only where it opens a sentence, no one's
     * given name, is a group speaking, not a person named.
     */
    private boolean isCapitalisedPlural(String name) {
        if (name.length() <= 3 || !name.endsWith("s") || name.endsWith("ss") || name.indexOf(' ') >= 0
                || name.chars().skip(1).anyMatch(Character::isUpperCase) || capitalisedMidSentence(name)
                || GivenNames.genderOf(name) != Gender.UNKNOWN) {
            return false;
        }
        String lower = MentionFinder.lower(name);
        return COMMON_PLURAL.matcher(lower).find() || finder.writtenInLowerCase(lower)
                || finder.writtenInLowerCase(lower.substring(0, lower.length() - 1));
    }

    /**
     * Endings of plural common nouns for people and things ("protesters", "prosecutors", "scientists", "estimates");
     * surnames ("Fields", "Jones") and peoples ("Palestinians") seldom end so.
     */
    private static final Pattern COMMON_PLURAL = Pattern.compile(
            "(ers|ors|ists|ants|ents|ies|ates|ions|ings|ults|ures|ees|ics|phs|ards)$");

    /** Whether a one-word name stands capitalised somewhere other than at a sentence start ("said McLenney"). */
    private boolean capitalisedMidSentence(String name) {
        if (name.indexOf(' ') >= 0) {
            return true;
        }
        for (int i = 1; i < doc.size(); i++) {
            if (doc.token(i).text().equals(name) && doc.sentenceBegin(doc.sentenceOf[i]) != i && !doc.quoted(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronounName(String name) {
        return Lexicon.PRONOUNS.contains(subjectForm(MentionFinder.lower(name)));
    }

    /** The gender that words such as "spokeswoman" or "Mrs." give a phrase, or UNKNOWN. */
    private static Gender genderOfWords(String phrase) {
        for (String w : MentionFinder.lower(phrase).split("[^\\p{L}.]+")) {
            if (Lexicon.FEMALE.contains(w)) {
                return Gender.FEMALE;
            }
            if (Lexicon.MALE.contains(w)) {
                return Gender.MALE;
            }
        }
        return GivenNames.genderOf(phrase.split(" ")[0]);
    }

    private Speaker name(Mention m) {
        String name = clean(m.name());
        Person p = lookup(name, m.first());
        if (p == null && isCapitalisedPlural(name)) {
            return new Speaker(MentionFinder.lower(name), m.role(), SpeakerKind.ANONYMOUS); // "Scientists say"
        }
        String company = p == null && name.indexOf(' ') < 0 ? companyNamed(name, m.first()) : null;
        if (company != null) {
            return new Speaker(company, m.role(), SpeakerKind.ORGANISATION); // "Ford Motor Company announced … Ford said"
        }
        if (p == null) {
            return new Speaker(name, m.role(), isPersonName(name) ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION);
        }
        p.evidenced = true; // it speaks
        if (m.role() != null) {
            p.roleWords.addAll(roleWords(m.role()));
        }
        if (isTitle(m.role()) && (p.role == null || m.role().startsWith(p.role))) {
            p.role = m.role(); // "prosecutor, the U.S. Attorney for …" says more than "prosecutor"
        }
        return new Speaker(p.name, isTitle(m.role()) ? m.role() : p.role, SpeakerKind.PERSON);
    }

    /**
     * The company named in full before {@code token} whose name opens with the one word {@code word} and ends with a
     * word for a company ("Ford" of "Ford Motor Company", "Boeing" of "Boeing Co."); or null.
     */
    private String companyNamed(String word, int token) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            Named o = organisations.get(i);
            String last = o.name().substring(o.name().lastIndexOf(' ') + 1);
            if (o.token() < token && o.name().startsWith(word + " ") && CompanyNames.isEnding(last)) {
                return o.name();
            }
        }
        return null;
    }

    /**
     * Whether the words before a name are a title or role: not those before a bare honorific ("the largest expenses
     * of Mr. Trump", "Perhaps Mr. Comey"), which hold none; "Dr." may follow one ("chief scientist Dr. Jane Roe").
     */
    private static boolean isTitle(String role) {
        if (role == null) {
            return false;
        }
        String[] words = MentionFinder.lower(role).split(" ");
        return !Lexicon.PLAIN_HONORIFICS.contains(words[words.length - 1]);
    }

    /**
     * "his campaign", "her spokesman", "his aides": the body or people of the person "his" or "her" stands for, under
     * that person's name ("Bernie Sanders campaign"); not family ("his wife"), whose names the article gives apart; or
     * null.
     */
    private Speaker possessive(Mention m, Speaker previous) {
        String w = doc.token(m.first()).lower();
        if (m.first() == m.last() || !(w.equals("his") || w.equals("her"))) {
            return null;
        }
        for (int k = m.first() + 1; k <= m.last(); k++) {
            Token inner = doc.token(k);
            if (MentionFinder.KIN_NOUNS.contains(inner.lower()) || inner.isPossessive()) {
                return null; // "his wife's campaign": someone else's
            }
        }
        Token t = doc.token(m.first());
        Mention pronoun = new Mention(m.first(), m.first(), new Span(t.start(), t.end()), t.text(), null, Mention.Type.PRONOUN);
        Speaker owner = personPronoun(pronoun, w.equals("her") ? Gender.FEMALE : Gender.MALE, previous);
        if (owner.kind() != SpeakerKind.PERSON || isPronounName(owner.name()) || !people.containsKey(owner.name())) {
            return null;
        }
        int from = doc.token(m.first() + 1).is("own") ? m.first() + 2 : m.first() + 1; // "her own campaign"
        if (from > m.last()) {
            return owner; // "her own": the person herself
        }
        String what = doc.text.substring(doc.token(from).start(), doc.token(m.last()).end());
        return new Speaker(owner.name() + " " + what, null,
                m.type() == Mention.Type.ORGANISATION ? SpeakerKind.ORGANISATION : SpeakerKind.ANONYMOUS);
    }

    private Speaker pronoun(Mention m, Speaker previous) {
        String w = subjectForm(doc.token(m.first()).lower());
        if (w.equals("he") || w.equals("she")) {
            return personPronoun(m, w.equals("she") ? Gender.FEMALE : Gender.MALE, previous);
        }
        if (w.equals("it") && lastWasWriting && doc.sentenceOf[m.first()] - lastResolvedSentence <= 1) {
            return lastResolved; // "according to a statement posted to his account. It also stated …"
        }
        if (w.equals("it") || w.equals("they")) {
            Speaker body = orElse(groupSubjectBefore(m, w, previous), nearbyBody(m));
            if (body != null) {
                return body;
            }
        }
        if (previous != null && (w.equals("i") || w.equals("we") || w.equals("they") || w.equals("it"))) {
            boolean group = previous.kind() != SpeakerKind.PERSON && !isPronounName(previous.name())
                    && !(w.equals("they") && isOneUnnamed(previous));
            if (w.equals("i") || group) {
                return previous;
            }
        }
        return new Speaker(m.name(), null, w.equals("i") ? SpeakerKind.PERSON : SpeakerKind.ANONYMOUS);
    }

    /** The subject pronoun a possessive or object one stands for ("his" and "him" for "he"), or the word itself. */
    private static String subjectForm(String pronoun) {
        return Lexicon.POSSESSIVE_PRONOUNS.getOrDefault(pronoun, Lexicon.OBJECT_PRONOUNS.getOrDefault(pronoun, pronoun));
    }

    /**
     * The group or body named as the subject of the pronoun's own sentence, before it ("Scientology officials went to
     * the station, where they claimed …", "The researchers observed the flies and they found …"): within its
     * sentence "they" stands for the subject rather than for whoever spoke last; or null. As for "he" and "she"
     * ({@link #subjectBefore}), a pronoun after a comma or a quote mark may be inside the words someone said.
     */
    private Speaker groupSubjectBefore(Mention m, String pronoun, Speaker previous) {
        int before = m.first() - 1;
        if (before < 0 || doc.token(before).text().equals(",") || Lexicon.isQuoteMark(doc.token(before).text())) {
            return null;
        }
        Mention subject = openingSubject(doc.sentenceBegin(doc.sentenceOf[m.first()]), m.first());
        if (subject == null || subject.last() >= before
                || subject.type() != Mention.Type.ANONYMOUS && subject.type() != Mention.Type.ORGANISATION) {
            return null;
        }
        boolean plural = doc.token(subject.last()).lower().endsWith("s");
        boolean fits = pronoun.equals("they") ? plural : !plural && subject.type() == Mention.Type.ORGANISATION;
        return fits ? resolve(subject, previous) : null;
    }

    /** "a supporter", "a State Department spokesman": one unnamed person, whom "they" does not stand for. */
    private static boolean isOneUnnamed(Speaker s) {
        String[] words = MentionFinder.lower(s.name()).split(" ");
        String head = words[words.length - 1];
        return s.kind() == SpeakerKind.ANONYMOUS && (words[0].equals("a") || words[0].equals("an") || words[0].equals("one"))
                && !head.endsWith("s");
    }

    /**
     * The person named as the subject of the pronoun's own sentence, before it ("FBI Director James Comey coined the
     * term when he …", "Cruz is highlighting his win over Trump as he …"): within its sentence a pronoun stands for
     * the subject rather than for whoever spoke last; or null where the pronoun opens the sentence or no person of
     * its gender does.
     */
    private Person subjectBefore(Mention m, Gender wanted) {
        int before = m.first() - 1;
        if (before < 0 || doc.token(before).text().equals(",") || Lexicon.isQuoteMark(doc.token(before).text())) {
            return null; // "Trump isn't a conservative, he said": the subject before is inside the words he said
        }
        int from = finder.afterOpeningPhrase(doc.sentenceBegin(doc.sentenceOf[m.first()]), m.first());
        Person subject = null;
        for (Occurrence o : occurrences) {
            if (o.token() > from || o.token() >= m.first()) {
                break;
            }
            if (o.token() == from) {
                subject = o.person(); // of "Trump" and "Trump campaign spokeswoman Hope Hicks", the whole name
            }
        }
        int possessive = subject == null ? -1 : possessiveAfterName(from, m.first());
        Person possessed = possessive < 0 ? null : possessedPerson(possessive, m.first());
        if (possessed != null) { // named after a role noun, the one possessed is a person, of any gender not ruled out
            return possessed.gender != opposite(wanted) ? possessed : null;
        }
        return subject != null && (subject.gender == wanted || subject.gender == Gender.UNKNOWN && subject.evidenced)
                ? subject : null;
    }

    /** The "'s" right after the capitalised name starting at {@code from} ("Sanders's campaign manager"), or -1. */
    private int possessiveAfterName(int from, int limit) {
        int k = from;
        while (k + 1 < limit && doc.token(k + 1).isCapitalized()) {
            k++;
        }
        return k + 1 < limit && doc.token(k + 1).isPossessive() ? k + 1 : -1;
    }

    /**
     * The person a subject opening with someone's possessive and a role noun names ("Sanders's campaign manager, Jeff
     * Weaver, … he"): the subject is that person, not the possessor; or null ("Cruz's success … reflects how he").
     */
    private Person possessedPerson(int possessive, int limit) {
        for (Occurrence o : occurrences) {
            if (o.token() > possessive && o.token() < limit && o.token() - possessive <= MAX_POSSESSED_DISTANCE) {
                return rolesOnlyBetween(possessive, o.token()) ? o.person() : null;
            }
        }
        return null;
    }

    /** Whether the words between two tokens are lower-case and a role noun, a comma at most after them. */
    private boolean rolesOnlyBetween(int from, int to) {
        int last = doc.token(to - 1).text().equals(",") ? to - 2 : to - 1;
        for (int k = from + 1; k <= last; k++) {
            if (!doc.token(k).isWord() || doc.token(k).isCapitalized()) {
                return false;
            }
        }
        String head = doc.token(last).lower();
        return last > from && (Lexicon.ROLE_NOUNS.contains(head) || Lexicon.TITLE_WORDS.contains(head));
    }

    /** The most tokens from a possessive to the name it is followed by ("'s campaign manager , Jeff Weaver"). */
    private static final int MAX_POSSESSED_DISTANCE = 6;

    /**
     * The person named as the subject of the sentence before, where the pronoun opens its own and no one spoke in that
     * one ("On the same day, Sanders was on CNN talking about what he does next. He said …"): a sentence-opening
     * pronoun continues its predecessor's subject rather than a speaker further back; or null.
     */
    private Person previousSentenceSubject(Mention m, Gender wanted) {
        int sentence = doc.sentenceOf[m.first()];
        int begin = doc.sentenceBegin(sentence);
        boolean opens = finder.afterOpeningPhrase(begin, m.first()) == m.first()
                || LEADING_CONJUNCTIONS.contains(doc.token(begin).lower()) // "And he …"
                && finder.afterOpeningPhrase(begin + 1, m.first()) == m.first();
        if (sentence == 0 || !opens
                || lastResolved != null && lastResolved.kind() == SpeakerKind.PERSON && lastResolvedSentence >= sentence - 1) {
            return null; // a person who spoke there was already passed over; a group or description never stood for one
        }
        Mention subject = openingSubject(doc.sentenceBegin(sentence - 1), begin);
        if (subject == null) {
            return null;
        }
        for (Occurrence o : occurrences) { // "Crown Prince Mohammad bin Salman": the name inside the subject's titles
            if (o.token() >= subject.first() && o.token() <= subject.last()) {
                Person p = o.person();
                // in subject place a full name is someone's ("Debbie Kepler went home", "Darcy Richardson had …")
                return p.gender == wanted || p.gender == Gender.UNKNOWN && (p.evidenced || p.likely == wanted
                        || p.likely == Gender.UNKNOWN && isFullName(p.name)) ? p : null;
            }
            if (o.token() > subject.last()) {
                break;
            }
        }
        return null;
    }

    /** Conjunctions that may open a sentence before its subject ("And he continued", "But she said"). */
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("and", "but", "yet", "so");

    /**
     * The subject that opens the sentence starting at {@code floor}, right after any opening phrase ("On the same day,
     * Sanders …"), before {@code limit}; or null.
     */
    private Mention openingSubject(int floor, int limit) {
        int from = finder.afterOpeningPhrase(floor, limit);
        Mention subject = from < limit && !doc.quoted(from) ? finder.subjectAt(from, floor, limit) : null;
        return subject != null && subject.first() == from ? subject : null;
    }

    /** "Darcy Richardson", not "FULL TEXT" nor "Nevada Democrat": two or more words, none in capitals or a party's. */
    private static boolean isFullName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
            if (capitals || PARTISANS.contains(MentionFinder.lower(w))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PARTISANS = Set.of("democrat", "republican", "democrats", "republicans",
            "conservative", "liberal", "independent", "socialist", "libertarian");

    /** The person "he" or "she" ({@code wanted}) stands for, or the pronoun itself where no one fits. */
    private Speaker personPronoun(Mention m, Gender wanted, Speaker previous) {
        Person addressee = addresseeAfter(m);
        Speaker opening = openingPronounReferent(m, wanted, previous);
        if (opening != null && !isPerson(opening, addressee)) {
            return opening;
        }
        Person subject = subjectBefore(m, wanted);
        if (subject != null && subject != addressee) {
            return new Speaker(subject.name, subject.role, SpeakerKind.PERSON);
        }
        Speaker recent = recentSpeaker(m, wanted);
        if (recent != null && !isPerson(recent, addressee)) {
            return recent;
        }
        Person previousSubject = previousSentenceSubject(m, wanted);
        if (previousSubject != null && previousSubject != addressee) {
            return new Speaker(previousSubject.name, previousSubject.role, SpeakerKind.PERSON);
        }
        recent = lastSpeakerWithin(m, wanted, CONTINUATION_SENTENCES);
        if (recent != null && !isPerson(recent, addressee)) {
            return recent;
        }
        // best first: a person known to be "she" a little before, named there not as the object of a preposition,
        // then so named anywhere a little before, then any known person who may be "she", then any capitalised name
        // that may be one
        java.util.function.Predicate<Person> known = o -> o != addressee && o.evidenced && (o.gender == wanted
                || o.gender == Gender.UNKNOWN && o.likely == wanted);
        Person p = nearbyNotOblique(m.first(), known);
        if (p == null) {
            p = mostRecent(m.first(), GENDER_WINDOW, known);
        }
        if (p == null) {
            p = mostRecent(m.first(), Integer.MAX_VALUE, o -> o != addressee && o.evidenced && o.gender != opposite(wanted));
        }
        if (p == null) {
            p = mostRecent(m.first(), Integer.MAX_VALUE, o -> o != addressee && o.gender != opposite(wanted));
        }
        if (p != null) {
            if (p.gender == Gender.UNKNOWN) {
                p.gender = wanted;
            }
            return new Speaker(p.name, p.role, SpeakerKind.PERSON);
        }
        if (previous != null && previous.kind() == SpeakerKind.PERSON && !isPerson(previous, addressee)) {
            return previous;
        }
        return new Speaker(m.name(), null, SpeakerKind.PERSON);
    }

    private static boolean isPerson(Speaker s, Person p) {
        return p != null && s.name().equals(p.name);
    }

    /**
     * The person named right after the pronoun's verb ("he told Rubio", "she asked Ms. Roe"): whom a pronoun speaks
     * to, it does not stand for; or null.
     */
    private Person addresseeAfter(Mention m) {
        int verb = m.last() + 1;
        if (verb + 1 >= doc.size() || !doc.token(verb).isWord() || doc.token(verb).isCapitalized()) {
            return null;
        }
        int name = verb + 1;
        for (Occurrence o : occurrences) {
            if (o.token() == name || o.token() == name + 1 && Lexicon.HONORIFICS.contains(doc.token(name).lower())) {
                return o.person();
            }
            if (o.token() > name + 1) {
                break;
            }
        }
        return null;
    }

    /**
     * The person a pronoun of the same gender opening the sentence stands for ("His politics have clashed with those of
     * leaders such as Bernie Sanders; he has come out against …"): a later "he" goes on with the subject's, not with
     * whoever was named between; or null.
     */
    private Speaker openingPronounReferent(Mention m, Gender wanted, Speaker previous) {
        int before = m.first() - 1;
        if (before < 0 || doc.token(before).text().equals(",") || Lexicon.isQuoteMark(doc.token(before).text())) {
            return null;
        }
        int from = finder.afterOpeningPhrase(doc.sentenceBegin(doc.sentenceOf[m.first()]), m.first());
        if (from >= before || doc.quoted(from)) {
            return null;
        }
        Token t = doc.token(from);
        if (!subjectForm(t.lower()).equals(wanted == Gender.FEMALE ? "she" : "he")) {
            return null;
        }
        Mention opening = new Mention(from, from, new Span(t.start(), t.end()), t.text(), null, Mention.Type.PRONOUN);
        Speaker s = personPronoun(opening, wanted, previous);
        return people.containsKey(s.name()) ? s : null;
    }

    /**
     * "the agency", "the court": the organisation named last before it whose name has that word ("Federal Emergency
     * Management Agency", "Supreme Court"); any other organisation mention as it is written.
     */
    private String organisation(Mention m) {
        String head = m.name();
        if (m.first() == m.last() || !doc.token(m.first()).is("the") || m.last() != m.first() + 1
                || doc.token(m.last()).isCapitalized()) {
            return head;
        }
        String word = doc.token(m.last()).lower();
        if (!INSTITUTION_HEADS.contains(word)) {
            return head; // "the network", "the paper": too many of them to tell which
        }
        // the body of that kind named last as a sentence's subject, else named last: "The Court of Session issued … The
        // only court higher is the Supreme Court. … The court's summary" is the Court of Session's
        String latest = null;
        for (int i = organisations.size() - 1; i >= 0; i--) {
            Named o = organisations.get(i);
            if (o.token() < m.first() && o.name().indexOf(' ') > 0 && headOf(o.name()).equals(word)) {
                if (isSubject(o)) {
                    return o.name();
                }
                latest = latest != null ? latest : o.name();
            }
        }
        return latest != null ? latest : head;
    }

    /** Whether an organisation is named as its sentence's subject, at its start or after its opening phrase. */
    private boolean isSubject(Named o) {
        int sentence = doc.sentenceOf[o.token()];
        int subjectStart = finder.afterOpeningPhrase(doc.sentenceBegin(sentence), doc.sentenceEnd(sentence));
        return o.token() - doc.sentenceBegin(sentence) <= MAX_SUBJECT_OFFSET
                || o.token() == subjectStart || o.token() == subjectStart + 1 && doc.token(subjectStart).is("the");
    }

    /**
     * "Judge Miller's statement", "the NHC advisory", "a report by the safety board": the one who issued the writing,
     * resolved as any mention of them; "The advisory" after one that had an issuer, that issuer if it was the only
     * one. Null where no one is named, or the issuer resolves to no name ("the hotel's website").
     */
    private Speaker issuer(Mention m, int writing, Speaker previous) {
        Mention owner = writings.issuerOf(m.first(), writing);
        if (owner != null) {
            return named(resolve(owner, previous));
        }
        if (writing != m.last() || m.last() != m.first() + 1 || !doc.token(m.first()).is("the")) {
            return null;
        }
        return orElse(document(m, previous), earlierIssuer(m, previous));
    }

    /**
     * The only issuer named with the same writing's noun earlier in the article ("the NHC advisory … The advisory
     * also noted"), unless the last such writing before was one with none ("A report by the board … A report said …
     * The report"); or null.
     */
    private Speaker earlierIssuer(Mention m, Speaker previous) {
        String head = doc.token(m.last()).lower();
        if (head.equals("website")) {
            return null; // "the website" most often is the news site the article cites, whose name it gave apart
        }
        Speaker found = null;
        for (int i = 0; i < m.first(); i++) {
            if (!doc.token(i).is(head) || !writings.isWriting(i) || doc.quoted(i)) {
                continue;
            }
            int floor = doc.sentenceBegin(doc.sentenceOf[i]);
            Mention phrase = finder.nounPhraseEndingAt(i, floor);
            Mention owner = writings.issuerOf(phrase != null && phrase.last() == i ? phrase.first() : i, i);
            if (owner == null) {
                if (i > floor && Lexicon.INDEFINITE.contains(doc.token(i - 1).lower())) {
                    found = null; // "a report said": a new writing, by no one named
                }
                continue;
            }
            if (owner.type() == Mention.Type.PRONOUN) {
                continue; // "his letter": whom "his" stands for there is known only where it is resolved
            }
            Speaker s = named(resolve(owner, previous));
            if (s != null && found != null && !found.name().equals(s.name())) {
                return null;
            }
            found = orElse(s, found);
        }
        return found;
    }

    /** The speaker if it has a name ("Gray Miller", "National Hurricane Center"), not a description or pronoun. */
    private static Speaker named(Speaker s) {
        String[] words = s == null ? new String[0] : s.name().split(" ");
        boolean described = words.length > 0 && Lexicon.DETERMINERS.contains(MentionFinder.lower(words[0]))
                && (words.length == 1 || Character.isLowerCase(words[1].charAt(0))); // "The hotel", not "All Elite Wrestling"
        return s != null && s.kind() != SpeakerKind.ANONYMOUS && Character.isUpperCase(s.name().charAt(0))
                && !isPronounName(s.name()) && !described ? s : null;
    }

    private static final Set<String> INSTITUTION_HEADS = Set.of("agency", "ministry", "department",
            "court", "commission", "committee", "council", "fund", "bank", "union", "university", "institute",
            "foundation", "board", "bureau", "office", "party", "administration", "government", "organisation",
            "organization", "association", "federation", "league", "service", "authority", "army", "navy", "police",
            "parliament", "senate", "assembly", "tribunal", "embassy", "commissioner", "coalition", "alliance");

    /** The word an organisation's name is built on: "court" of "Supreme Court", "commission" of "Commission on …". */
    private static String headOf(String name) {
        String[] words = MentionFinder.lower(name).split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("on") || words[i].equals("of") || words[i].equals("for")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    /**
     * The body "it" or "they" stands for: the group that spoke in this sentence or the one before, else the
     * organisation named last there as a sentence's subject ("Politifact did a fact-check … On September 27 they
     * published"), not as an object ("… bombed the World Trade Center. In 2000, they attacked"); or null.
     */
    private Speaker nearbyBody(Mention m) {
        int sentence = doc.sentenceOf[m.first()];
        if (lastResolved != null && lastResolved.kind() == SpeakerKind.ORGANISATION && sentence - lastResolvedSentence <= 1) {
            return lastResolved;
        }
        for (int i = organisations.size() - 1; i >= 0; i--) {
            Named o = organisations.get(i);
            if (o.token() >= m.first() || Lexicon.isState(o.name())) {
                continue; // "Six Gannett newspapers in New Jersey … They called him": no state speaks so
            }
            if (sentence - doc.sentenceOf[o.token()] > 1) {
                return null;
            }
            int named = doc.sentenceOf[o.token()];
            // "On June 27, the Life and Liberty Party held …": the subject after an opening phrase
            int subjectStart = finder.afterOpeningPhrase(doc.sentenceBegin(named), doc.sentenceEnd(named));
            if (o.token() - doc.sentenceBegin(named) <= MAX_SUBJECT_OFFSET
                    || o.token() == subjectStart || o.token() == subjectStart + 1 && doc.token(subjectStart).is("the")) {
                return new Speaker(acronyms.getOrDefault(o.name(), o.name()), null, SpeakerKind.ORGANISATION);
            }
        }
        return null;
    }

    /** The person of the latest occurrence before {@code token}, at most {@code window} tokens back, that fits. */
    private Person mostRecent(int token, int window, java.util.function.Predicate<Person> fits) {
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            if (o.token() >= token) {
                continue;
            }
            if (token - o.token() > window) {
                return null;
            }
            if (fits.test(o.person())) {
                return o.person();
            }
        }
        return null;
    }

    /**
     * The person of the latest occurrence in the sentence of {@code token} or the one before that fits and is not
     * named as the object of a preposition ("since he was pardoned by Trump. He said", "leaders such as Bernie
     * Sanders"): a pronoun goes on with a subject or an object of a verb before one set off so; or null.
     */
    private Person nearbyNotOblique(int token, java.util.function.Predicate<Person> fits) {
        int floor = doc.sentenceBegin(Math.max(0, doc.sentenceOf[token] - 1));
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            if (o.token() < floor) {
                return null;
            }
            if (o.token() < token && !isOblique(o.token()) && fits.test(o.person())) {
                return o.person();
            }
        }
        return null;
    }

    /**
     * Whether a name at {@code token} is an agent, a companion or an example ("by President Trump", "with Mr. Ailes",
     * "such as Bernie Sanders"), not its possessor ("with Mr. Trump's candidacy").
     */
    private boolean isOblique(int token) {
        int k = token - 1;
        while (k >= 0 && (doc.token(k).isCapitalized() || Lexicon.HONORIFICS.contains(doc.token(k).lower()))) {
            k--;
        }
        int after = token + 1;
        while (after < doc.size() && doc.token(after).isCapitalized()) {
            after++;
        }
        boolean possessor = after < doc.size() && doc.token(after).isPossessive();
        return k >= 0 && OBLIQUE_BEFORE.contains(doc.token(k).lower()) && !possessor;
    }

    private static final Set<String> OBLIQUE_BEFORE = Set.of("by", "with", "against", "than", "as", "like", "among",
            "between", "including");

    private static boolean hasWord(String phrase, String word) {
        for (String w : phrase.split("[^\\p{L}]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static Gender opposite(Gender g) {
        return g == Gender.FEMALE ? Gender.MALE : g == Gender.MALE ? Gender.FEMALE : null;
    }

    private Speaker relative(Mention m, Speaker previous) {
        int k = m.first() - 1;
        if (k >= 0 && doc.token(k).text().equals(",")) {
            k--;
        }
        Mention antecedent = k >= 0 ? finder.nounPhraseEndingAt(k, Math.max(0, doc.sentenceBegin(doc.sentenceOf[k]))) : null;
        if (antecedent == null || antecedent.type() == Mention.Type.RELATIVE) {
            return previous != null ? previous : new Speaker(m.name(), null, SpeakerKind.ANONYMOUS);
        }
        if (doc.token(m.first()).is("who")) {
            antecedent = personBehind(antecedent);
        }
        if (MentionFinder.DOCUMENT_NOUNS.contains(doc.token(antecedent.last()).lower())) {
            Mention issuer = issuerBefore(antecedent.first()); // "They released a statement which said"
            if (issuer != null) {
                return resolve(issuer, previous);
            }
        }
        return resolve(antecedent, previous);
    }

    /**
     * The person a "who" stands for, from the noun phrase just before it: "a pollster with the governor's party who"
     * is the pollster, not the party; "Ivan Petrenko, a pollster who" is Petrenko, whom the role describes.
     */
    private Mention personBehind(Mention antecedent) {
        int floor = doc.sentenceBegin(doc.sentenceOf[antecedent.first()]);
        Mention found = antecedent;
        int before = found.first() - 1;
        if (found.type() == Mention.Type.ORGANISATION && before - 1 >= floor
                && OF_A_GROUP.contains(doc.token(before).lower())) {
            Mention holder = finder.nounPhraseEndingAt(before - 1, floor);
            if (holder != null && (holder.type() == Mention.Type.NAME || namesAPerson(holder))) {
                found = holder;
            }
        }
        before = found.first() - 1;
        boolean described = found.type() == Mention.Type.ROLE || found.type() == Mention.Type.ANONYMOUS
                || found.type() == Mention.Type.NAME && doc.token(found.first()).is("the") || headsAGroup(found);
        if (described && (Lexicon.INDEFINITE.contains(doc.token(found.first()).lower()) || doc.token(found.first()).is("the"))
                && before - 1 >= floor
                && doc.token(before).text().equals(",")) {
            Mention named = finder.nounPhraseEndingAt(before - 1, floor);
            if (named != null && named.type() == Mention.Type.NAME) {
                found = named; // "…, said Ivan Petrenko, a pollster who …", "Olga Marsh, the ranking Democrat, who"
            }
        }
        return found;
    }

    /**
     * "the president of the Foundation for Middle East Peace", "a top adviser to Ted Cruz's campaign": an organisation
     * phrase whose head, before "of", "for" or "to", is a person's office.
     */
    private boolean headsAGroup(Mention m) {
        if (m.type() != Mention.Type.ORGANISATION) {
            return false;
        }
        for (int i = m.first() + 1; i < m.last(); i++) {
            Token t = doc.token(i);
            if (t.is("of") || t.is("for") || t.is("to")) {
                String head = doc.token(i - 1).lower();
                return Lexicon.ROLE_NOUNS.contains(head) || Lexicon.ANONYMOUS_HEADS.contains(head)
                        || MentionFinder.PERSON_NOUNS.contains(head);
            }
        }
        return false;
    }

    /** "a pollster", "the senators", "two officials": a role or group whose head word is a person's. */
    private boolean namesAPerson(Mention m) {
        String head = doc.token(m.last()).lower();
        return (m.type() == Mention.Type.ROLE || m.type() == Mention.Type.ANONYMOUS) && (Lexicon.ROLE_NOUNS.contains(head)
                || Lexicon.TITLE_WORDS.contains(head) || Lexicon.ANONYMOUS_HEADS.contains(head));
    }

    /** The subject of the verb before the writing that starts at token {@code writing} ("they released a statement"). */
    private Mention issuerBefore(int writing) {
        int begin = doc.sentenceBegin(doc.sentenceOf[writing]);
        Mention issuer = writing - 2 >= begin ? finder.leftOf(writing - 2, begin) : null;
        return issuer != null && issuer.type() != Mention.Type.RELATIVE && issuer.type() != Mention.Type.ANONYMOUS
                ? issuer : null;
    }

    /**
     * "The statement noted …": a writing introduced just before ("the Security Council issued a statement") speaks
     * for its issuer; or null.
     */
    private Speaker document(Mention m, Speaker previous) {
        String head = doc.token(m.last()).lower();
        if (m.last() == m.first() + 1 && doc.token(m.first()).is("the") && MentionFinder.DOCUMENT_NOUNS.contains(head)) {
            int back = RULINGS.contains(head) ? RULING_SENTENCES : DOCUMENT_SENTENCES;
            int floor = doc.sentenceBegin(Math.max(0, doc.sentenceOf[m.first()] - back));
            for (int i = m.first() - 1; i > floor; i--) {
                if (sameKindOfDocument(doc.token(i).lower(), head) && (doc.token(i - 1).is("a") || doc.token(i - 1).is("an"))
                        && !doc.quoted(i)) {
                    Mention issuer = issuerBefore(i - 1);
                    return issuer != null ? resolve(issuer, previous) : null;
                }
            }
        }
        return null;
    }

    /**
     * How many sentences back "the statement" may find "a statement" and who issued it; a court's ruling, described at
     * length after it is issued, further.
     */
    private static final int DOCUMENT_SENTENCES = 2;
    private static final int RULING_SENTENCES = 4;

    /** Names a court's ruling may go by: "issued a ruling … The summary of the decision read". */
    private static final Set<String> RULINGS = Set.of("ruling", "judgment", "decision");

    private static boolean sameKindOfDocument(String word, String head) {
        return word.equals(head) || RULINGS.contains(word) && RULINGS.contains(head);
    }

    private static Speaker orElse(Speaker found, Speaker otherwise) {
        return found != null ? found : otherwise;
    }

    /**
     * "The secretary", "the mother", "the Republican nominee": the person introduced with that role; failing that,
     * the only person of the role's gender ("the mother"), or for a definite description the person who spoke in
     * the sentence before ("Donald Trump says … The Republican presidential nominee noted …").
     */
    private Speaker role(Mention m) {
        int headToken = headOf(m);
        String head = ROLE_ABBREVIATIONS.getOrDefault(doc.token(headToken).lower(), doc.token(headToken).lower());
        Person titled = titledBefore(m, headToken, head);
        if (titled != null) {
            return new Speaker(titled.name, titled.role, SpeakerKind.PERSON);
        }
        if (!doc.token(m.first()).is("the")) {
            return new Speaker(m.name(), m.role(), SpeakerKind.PERSON); // "my mother": the writer's, no one named
        }
        Gender gender = genderOfWords(head);
        Person only = gender == Gender.UNKNOWN ? null : onlyPersonOf(gender);
        if (only != null) {
            return new Speaker(only.name, m.role(), SpeakerKind.PERSON);
        }
        if (namesItsGroup(m)) {
            return new Speaker(m.name(), m.role(), SpeakerKind.PERSON); // "the head of the investigators": someone new
        }
        Speaker recent = recentSpeaker(m, gender == Gender.UNKNOWN ? null : gender);
        if (recent != null && people.containsKey(recent.name())) {
            return recent;
        }
        Person salient = !Lexicon.ROLE_NOUNS.contains(head) || UNNAMED_HEADS.contains(head) ? null
                : mostMentioned(m, gender);
        return salient != null ? new Speaker(salient.name, salient.role, SpeakerKind.PERSON)
                : new Speaker(m.name(), m.role(), SpeakerKind.PERSON);
    }

    /**
     * The person named most often in the stretch before {@code token}, at least twice, of a gender that fits: news
     * calls the person it is about "the candidate", "the Vermont senator", "the real estate mogul" between mentions of
     * the name; or null.
     */
    private Person mostMentioned(Mention m, Gender gender) {
        int token = m.first();
        Map<Person, Integer> counts = new java.util.HashMap<>();
        Person best = null;
        for (Occurrence o : occurrences) {
            if (o.token() >= token) {
                break;
            }
            if (token - o.token() <= SALIENCE_WINDOW && o.person().evidenced && o.person().gender != opposite(gender)
                    && describedNear(o.person(), m)) {
                int count = counts.merge(o.person(), 1, Integer::sum);
                if (best == null || count >= counts.get(best)) {
                    best = o.person();
                }
            }
        }
        return best != null && counts.get(best) >= 2 ? best : null;
    }

    /**
     * Whether every capitalised word of a description ("the Indiana governor", "the Democratic nominee") stands in
     * the person's roles or beside a mention of their name ("Democratic presidential nominee Hillary Clinton").
     */
    private boolean describedNear(Person p, Mention m) {
        for (int k = m.first() + 1; k <= m.last(); k++) {
            Token t = doc.token(k);
            if (t.isCapitalized() && t.isWord() && !p.roleWords.contains(t.lower()) && !nearAMention(p, t.lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean nearAMention(Person p, String word) {
        for (Occurrence o : occurrences) {
            if (o.person() == p) {
                for (int k = Math.max(0, o.token() - DESCRIPTION_REACH); k < Math.min(doc.size(), o.token() + DESCRIPTION_REACH); k++) {
                    if (doc.token(k).lower().equals(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How far from a name the words describing that person stand ("Vermont Sen. Bernie Sanders", "Sanders of Vermont"). */
    private static final int DESCRIPTION_REACH = 6;
    /** How many tokens back the person a description stands for must have been named. */
    private static final int SALIENCE_WINDOW = 400;
    /** Role nouns for the people around the one a story is about, who are seldom named: "the official said". */
    private static final Set<String> UNNAMED_HEADS = Set.of("official", "spokesman", "spokeswoman",
            "spokesperson", "aide", "adviser", "advisor", "source", "lawyer", "attorney", "judge", "correspondent",
            "manager", "director");

    /** The role noun of a description: "secretary" of "the former secretary of state", else its last word. */
    private int headOf(Mention m) {
        for (int i = m.first() + 1; i < m.last(); i++) {
            if (doc.token(i).is("of") || doc.token(i).is("for")) {
                return i - 1;
            }
        }
        return m.last();
    }

    /**
     * The person named before with a role of that head, whose roles also hold the description's capitalised words
     * ("the Vermont senator" after "Vermont Sen. Bernie Sanders", "the Republican nominee" and not the Democratic
     * one); of several, the one with most of its other words, then the one named last; or null.
     */
    private Person titledBefore(Mention m, int headToken, String head) {
        Person best = null;
        int bestScore = -1;
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            Person p = o.person();
            if (o.token() >= m.first() || !p.roleWords.contains(head)) {
                continue;
            }
            int score = 0;
            boolean fits = true;
            for (int k = m.first(); k <= m.last(); k++) {
                String w = ROLE_ABBREVIATIONS.getOrDefault(doc.token(k).lower(), doc.token(k).lower());
                if (k == headToken || !doc.token(k).isWord() || Lexicon.DETERMINERS.contains(w)) {
                    continue;
                }
                boolean known = p.roleWords.contains(w) || hasWord(MentionFinder.lower(p.name), w);
                fits &= known || !doc.token(k).isCapitalized() || k == m.first();
                score += known ? 1 : 0;
            }
            if (fits && score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** "the head of the investigators": a role with its group, not a title ("the former secretary of state"). */
    private boolean namesItsGroup(Mention m) {
        for (int i = m.first() + 1; i < m.last(); i++) {
            if ((doc.token(i).is("of") || doc.token(i).is("for")) && !Lexicon.TITLE_WORDS.contains(doc.token(m.last()).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviated titles as the role nouns that stand for them later ("Sen. Sanders" … "the senator"). */
    private static final Map<String, String> ROLE_ABBREVIATIONS = Map.ofEntries(Map.entry("sen.", "senator"),
            Map.entry("sen", "senator"), Map.entry("gov.", "governor"), Map.entry("gov", "governor"),
            Map.entry("rep.", "representative"), Map.entry("rep", "representative"), Map.entry("gen.", "general"),
            Map.entry("pres.", "president"), Map.entry("sec.", "secretary"), Map.entry("atty.", "attorney"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"));

    /** What separates the words of a role; compiled once, as String.split would compile it at every call. */
    private static final Pattern ROLE_BREAKS = Pattern.compile("[\\s\\u00a0,;:()]+");
    /** What is no word at the edges of a role's word. */
    private static final Pattern ROLE_WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");

    private static Set<String> roleWords(String role) {
        Set<String> words = new HashSet<>();
        for (String w : ROLE_BREAKS.split(MentionFinder.lower(role))) {
            String bare = ROLE_WORD_EDGES.matcher(w).replaceAll("");
            words.add(ROLE_ABBREVIATIONS.getOrDefault(bare, bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare));
        }
        return words;
    }

    /** The one known person of this gender the article names, or null where there are none or several. */
    private Person onlyPersonOf(Gender gender) {
        Person only = null;
        for (Person p : people.values()) {
            if (p.evidenced && p.gender == gender) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }
}
