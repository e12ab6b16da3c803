package dev.whosaid.query;

import dev.whosaid.extraction.CompanyNames;
import dev.whosaid.extraction.SpeakerKind;
import dev.whosaid.index.SpeakerSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speakers and roles actually in the index, looked up by the words of a question. A run of words names
 * a speaker when it stands, in order, inside the speaker's folded name ("nauert", "heather nauert",
 * "kim jong un" for "Kim Jong-un"); the parts of a given name may be split or joined ("Kim Minwoo" is
 * "Kim Min-Woo"), but a run always starts and ends on a name word. A single word names only a person (a
 * surname, a first name) or an organisation whose whole name it is, and never a common function word.
 */
final class SpeakerDirectory {

    /** Words that describe a role but name none on their own. */
    private static final Set<String> GENERIC_ROLE_WORDS = Set.of("former", "official", "officials", "head", "representative",
            "member", "chief", "senior", "deputy", "acting", "current", "top", "local", "state", "national", "general",
            "public", "spokesperson", "source", "sources", "government", "party", "office", "department");

    /** Words an acronym may leave out: "USCIRF" is the United States Commission on International Religious Freedom. */
    private static final Set<String> ACRONYM_GAPS = Set.of("of", "on", "for", "and", "the", "in", "to", "de", "du", "la");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Longest run of words tried as a name or a role. */
    private static final int MAX_WORDS = 6;

    private final List<SpeakerSummary> speakers;
    /** Speakers by the {@link #key} of each place a run could start in their name. */
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final List<NameForm> names = new ArrayList<>();
    /** Every (role words, speaker) pair, speakers in directory order (most statements first). */
    private final Map<String, List<RoleHolder>> roleHoldersByWord = new HashMap<>();
    private final Map<SpeakerSummary, List<String>> wordsOf = new java.util.IdentityHashMap<>();
    /** Organisations by the initials of their name ("eff"), with and without its function words. */
    private final Map<String, List<SpeakerSummary>> byAcronym = new HashMap<>();

    private record RoleHolder(List<String> words, SpeakerSummary speaker) {}

    /**
     * A folded name as its words joined without spaces ("kimjongun") and the offsets where its words start,
     * the length last: a run of question words fits where its own joined form starts and ends on such offsets.
     */
    private record NameForm(List<String> words, String joined, int[] starts) {
        static NameForm of(List<String> words) {
            int[] starts = new int[words.size() + 1];
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                starts[i] = joined.length();
                joined.append(words.get(i));
            }
            starts[words.size()] = joined.length();
            return new NameForm(words, joined.toString(), starts);
        }

        boolean contains(String run) {
            for (int w = 0; w < words.size(); w++) {
                if (joined.startsWith(run, starts[w]) && Arrays.binarySearch(starts, starts[w] + run.length()) > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lookup key of a joined run: its first three letters (a run starting at a name word shares them). */
    private static String key(String joined) {
        return joined.substring(0, Math.min(3, joined.length()));
    }

    SpeakerDirectory(List<SpeakerSummary> speakers) {
        this.speakers = List.copyOf(speakers);
        for (int i = 0; i < this.speakers.size(); i++) {
            List<String> words = Names.words(this.speakers.get(i).name());
            NameForm name = NameForm.of(words);
            names.add(name);
            wordsOf.put(this.speakers.get(i), words);
            Set<String> keys = new HashSet<>();
            for (int w = 0; w < words.size(); w++) {
                keys.add(key(name.joined().substring(name.starts()[w])));
                keys.add(key(words.get(w)));   // a run of one short word: "xi"
            }
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            for (String acronym : acronymsOf(this.speakers.get(i), words)) {
                byAcronym.computeIfAbsent(acronym, x -> new ArrayList<>()).add(this.speakers.get(i));
            }
            for (String role : this.speakers.get(i).roles()) {
                List<String> roleWords = withoutArticle(Names.words(role));
                RoleHolder holder = new RoleHolder(roleWords, this.speakers.get(i));
                for (String w : new HashSet<>(roleWords)) {
                    roleHoldersByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(holder);
                }
            }
        }
    }

    /** The folded words of a speaker's name, computed once per directory. */
    List<String> wordsOf(SpeakerSummary speaker) {
        List<String> words = wordsOf.get(speaker);
        return words != null ? words : Names.words(speaker.name());
    }

    List<SpeakerSummary> all() {
        return speakers;
    }

    /** Whether a word describes a role without naming one ("former", "official", "head"). */
    static boolean isGenericRoleWord(String foldedWord) {
        return GENERIC_ROLE_WORDS.contains(foldedWord);
    }

    /** A name match: the words it used, their position, and every speaker (most statements first) it fits. */
    record NameMatch(int from, int to, List<SpeakerSummary> speakers) {}

    /**
     * The longest name match starting at word {@code from}, or null. A single word followed by another
     * word that is not a function word is a first name only if it ends a known name: "Michael Morell" is
     * not "Michael Flynn" when Morell is unknown.
     */
    NameMatch nameAt(List<String> words, int from) {
        for (int to = Math.min(words.size(), from + MAX_WORDS); to > from; to--) {
            List<String> run = words.subList(from, to);
            List<SpeakerSummary> fits = speakersContaining(run);
            if (run.size() == 1 && to < words.size() && !StopWords.isStop(words.get(to))) {
                fits = fits.stream().filter(s -> wordsOf.get(s).getLast().equals(run.getFirst())).toList();
            }
            if (!fits.isEmpty()) {
                return new NameMatch(from, to, fits);
            }
        }
        return null;
    }

    /**
     * The organisations whose initials the word at {@code at} is ("eff" for the Electronic Frontier
     * Foundation), or null. Only for a word the question writes in capitals: "WHO" is an organisation where
     * "who" asks a question.
     */
    NameMatch acronymAt(List<String> words, int at) {
        List<SpeakerSummary> fits = byAcronym.get(words.get(at));
        return fits == null ? null : new NameMatch(at, at + 1, fits);
    }

    /**
     * The acronyms that name a speaker: the initials of an organisation's name, with and without its function
     * words, and any word its name writes in capitals ("WHO" in "The WHO's website").
     */
    private static Set<String> acronymsOf(SpeakerSummary speaker, List<String> words) {
        Set<String> acronyms = new HashSet<>();
        for (String w : Names.wordsAsWritten(speaker.name())) {
            if (Names.isAcronym(w)) {
                acronyms.add(Names.fold(w));
            }
        }
        if (speaker.kind() != SpeakerKind.PERSON && words.size() > 1) {
            acronyms.addAll(initialsOf(words));
        }
        return acronyms;
    }

    private static Set<String> initialsOf(List<String> words) {
        StringBuilder all = new StringBuilder();
        StringBuilder significant = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!ACRONYM_GAPS.contains(w)) {
                significant.append(w.charAt(0));
            }
        }
        Set<String> acronyms = new HashSet<>();
        for (StringBuilder a : List.of(all, significant)) {
            if (a.length() > 1) {
                acronyms.add(a.toString());
            }
        }
        return acronyms;
    }

    private List<SpeakerSummary> speakersContaining(List<String> run) {
        if (StopWords.isStop(run.getLast()) || (run.size() == 1 && run.getFirst().length() < 2)) {
            return List.of();   // "of the" is in many names and names none of them
        }
        String joined = String.join("", run);
        List<SpeakerSummary> fits = new ArrayList<>();
        for (int i : byKey.getOrDefault(key(joined), List.of())) {
            NameForm name = names.get(i);
            SpeakerSummary s = speakers.get(i);
            // One word names a person by a name word, never a description such as "The foreign minister"; and a
            // company by its first word ("ford" for Ford Motor Company), as articles name it after the first time
            boolean singleWordOk = run.size() > 1 || name.words().size() == 1
                    || (s.kind() == SpeakerKind.PERSON && !ARTICLES.contains(name.words().getFirst()))
                    || s.kind() == SpeakerKind.ORGANISATION && name.words().getFirst().equals(joined)
                            && CompanyNames.isEnding(name.words().getLast());
            if (singleWordOk && name.contains(joined)) {
                fits.add(s);
            }
        }
        return fits;
    }

    /**
     * The speaker named exactly {@code name}; else the one (most statements first) named so up to case, accents
     * and how given names are split; else every speaker the words fit.
     */
    List<SpeakerSummary> resolve(String name) {
        List<String> words = Names.words(name);
        if (words.isEmpty()) {
            return List.of();
        }
        String joined = String.join("", words);
        SpeakerSummary same = null;
        for (int i : byKey.getOrDefault(key(joined), List.of())) {
            if (speakers.get(i).name().equals(name)) {
                return List.of(speakers.get(i));
            }
            if (same == null && names.get(i).joined().equals(joined)) {
                same = speakers.get(i);
            }
        }
        return same != null ? List.of(same) : speakersContaining(words);
    }

    /**
     * A role named in the question ("the secretary of state"): the words used, and every speaker whose
     * role, as the index holds it, contains them in order.
     */
    record RoleMatch(int from, int to, String role, List<SpeakerSummary> holders) {}

    /** The longest run of words starting at {@code from} (after "the"/"a") that stands in a known role, or null. */
    RoleMatch roleAt(List<String> words, int from) {
        int start = from < words.size() && (words.get(from).equals("the") || words.get(from).equals("a")) ? from + 1 : from;
        for (int to = Math.min(words.size(), start + MAX_WORDS); to > start; to--) {
            List<String> run = words.subList(start, to);
            if (StopWords.isStop(run.getLast()) || (run.size() == 1 && (GENERIC_ROLE_WORDS.contains(run.getFirst())
                    || run.getFirst().length() < 3))) {
                continue;   // "mayor of", "the former", "official": too vague to stand for anyone
            }
            Set<SpeakerSummary> holders = new LinkedHashSet<>();
            for (RoleHolder h : roleHoldersByWord.getOrDefault(run.getFirst(), List.of())) {
                if (Collections.indexOfSubList(h.words(), run) >= 0) {
                    holders.add(h.speaker());
                }
            }
            if (!holders.isEmpty()) {
                return new RoleMatch(from, to, String.join(" ", run), List.copyOf(holders));
            }
        }
        return null;
    }

    /** Speakers with a name word starting with the folded prefix, most statements first. */
    List<SpeakerSummary> withWordStarting(String prefix) {
        String p = Names.fold(prefix.strip());
        if (p.isEmpty()) {
            return speakers;
        }
        Set<SpeakerSummary> found = new LinkedHashSet<>();
        for (int i = 0; i < speakers.size(); i++) {
            for (String w : names.get(i).words()) {
                if (w.startsWith(p) || (p.contains(" ") && String.join(" ", names.get(i).words()).startsWith(p))) {
                    found.add(speakers.get(i));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<String> withoutArticle(List<String> words) {
        return !words.isEmpty() && (words.getFirst().equals("the") || words.getFirst().equals("a")) ? words.subList(1, words.size()) : words;
    }
}
