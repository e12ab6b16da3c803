package dev.whosaid.query;

import dev.whosaid.extraction.SpeakerKind;
import dev.whosaid.index.SpeakerSummary;
import java.util.ArrayList;
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
 * "kim jong un" for "Kim Jong-un"); a single word names only a person (a surname, a first name) or an
 * organisation whose whole name it is, and never a common function word.
 */
final class SpeakerDirectory {

    /** Words that describe a role but name none on their own. */
    private static final Set<String> GENERIC_ROLE_WORDS = Set.of("former", "official", "officials", "head", "representative",
            "member", "chief", "senior", "deputy", "acting", "current", "top", "local", "state", "national", "general",
            "public", "spokesperson", "source", "sources", "government", "party", "office", "department");

    /** Longest run of words tried as a name or a role. */
    private static final int MAX_WORDS = 6;

    private final List<SpeakerSummary> speakers;
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final List<List<String>> nameWords = new ArrayList<>();
    /** Every (role words, speaker) pair, speakers in directory order (most statements first). */
    private final List<RoleHolder> roleHolders = new ArrayList<>();

    private record RoleHolder(List<String> words, SpeakerSummary speaker) {}

    SpeakerDirectory(List<SpeakerSummary> speakers) {
        this.speakers = List.copyOf(speakers);
        for (int i = 0; i < this.speakers.size(); i++) {
            List<String> words = Names.words(this.speakers.get(i).name());
            nameWords.add(words);
            for (String w : new HashSet<>(words)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (String role : this.speakers.get(i).roles()) {
                List<String> roleWords = withoutArticle(Names.words(role));
                if (!roleWords.isEmpty()) {
                    roleHolders.add(new RoleHolder(roleWords, this.speakers.get(i)));
                }
            }
        }
    }

    List<SpeakerSummary> all() {
        return speakers;
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
                fits = fits.stream().filter(s -> Names.words(s.name()).getLast().equals(run.getFirst())).toList();
            }
            if (!fits.isEmpty()) {
                return new NameMatch(from, to, fits);
            }
        }
        return null;
    }

    private List<SpeakerSummary> speakersContaining(List<String> run) {
        if (run.size() == 1 && (StopWords.isStop(run.getFirst()) || run.getFirst().length() < 2)) {
            return List.of();
        }
        List<SpeakerSummary> fits = new ArrayList<>();
        for (int i : byWord.getOrDefault(run.getFirst(), List.of())) {
            List<String> name = nameWords.get(i);
            SpeakerSummary s = speakers.get(i);
            boolean singleWordOk = run.size() > 1 || s.kind() == SpeakerKind.PERSON || name.size() == 1;
            if (singleWordOk && Collections.indexOfSubList(name, run) >= 0) {
                fits.add(s);
            }
        }
        return fits;
    }

    /** Speakers named exactly by {@code name} (folded), else every speaker the words fit. */
    List<SpeakerSummary> resolve(String name) {
        List<String> words = Names.words(name);
        if (words.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < speakers.size(); i++) {
            if (nameWords.get(i).equals(words)) {
                return List.of(speakers.get(i));
            }
        }
        return speakersContaining(words);
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
            for (RoleHolder h : roleHolders) {
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
            for (String w : nameWords.get(i)) {
                if (w.startsWith(p) || (p.contains(" ") && String.join(" ", nameWords.get(i)).startsWith(p))) {
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
