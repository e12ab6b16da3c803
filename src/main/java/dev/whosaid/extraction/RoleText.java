package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role a quotation shows, cleared of what the words before or after a name held that is no role: an age
 * ("Adamowicz, 53,"), the end of a circumstance ("In the 62nd minute Kim Min-Woo", "In addition to the inspections
 * Brudzinski"), a phrase that stops at a preposition ("an official from TfL") or a sentence adverb ("Barr and Ross,
 * however,"). A role of several parts ("prosecutor, the U.S. Attorney for …") keeps the parts that are roles.
 */
final class RoleText {

    private RoleText() {}

    /** Nouns of time and of documents or acts that head the circumstance a name follows, never a person's place. */
    private static final Set<String> NOT_HEADS = Set.of("minute", "minutes", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "time", "night", "evening", "morning", "afternoon", "date", "speech", "sentence",
            "study", "inspections", "inspection", "acquisition", "release", "statement", "report", "interview",
            "however", "meanwhile", "too", "instead", "original", "former", "same");

    /** Words that link a role to what it is of, never its first or last: "of comedian", "an official from". */
    private static final Set<String> LINKS = Set.of("of", "from", "de", "for", "and");
    /** Prepositions that open an affiliation set off after a name ("Ann Roe, at the Brookings Institution,"). */
    private static final Set<String> AFFILIATIONS = Set.of("at", "of", "with");
    /** Prepositions before a field of work ("director of political advertising", "expert on messaging"). */
    private static final Set<String> FIELD_OPENERS = Set.of("of", "on", "in", "for");
    private static final Pattern PARTS = Pattern.compile(", ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACE_ADVERB = Pattern.compile("\\s+(?:here|there)$");
    /** "seemingly Honcharuk", "reportedly": an adverb of the sentence opening the phrase set off after a name. */
    private static final Pattern SENTENCE_ADVERB = Pattern.compile("[a-z]+(?:ingly|edly|ently)");

    /**
     * The article's quotations with each person's role on every quotation of theirs: where a mention gave no role
     * ("Trump said"), the role the article gives them elsewhere ("President Donald Trump said"), the most often given.
     */
    static List<Quotation> shared(List<Quotation> quotations) {
        Map<String, Map<String, Integer>> roles = new HashMap<>();
        for (Quotation q : quotations) {
            if (q.speakerKind() == SpeakerKind.PERSON && q.role() != null) {
                roles.computeIfAbsent(q.speaker(), k -> new HashMap<>()).merge(q.role(), 1, Integer::sum);
            }
        }
        if (roles.isEmpty()) {
            return quotations;
        }
        List<Quotation> out = new ArrayList<>(quotations.size());
        for (Quotation q : quotations) {
            Map<String, Integer> given = q.role() == null && q.speakerKind() == SpeakerKind.PERSON
                    ? roles.get(q.speaker()) : null;
            out.add(given == null ? q
                    : q.withRole(Collections.max(given.entrySet(), Map.Entry.comparingByValue()).getKey()));
        }
        return out;
    }

    /** Whether a role is headed by a noun for a person ("spokesman for the firm", "maintainer of the project"). */
    static boolean headsPerson(String role) {
        String head = head(role);
        return !Lexicon.STOP.contains(head) && MentionFinder.headsPersonRole(head);
    }

    /** The noun a role is headed by: its last word before the first link ("spokesman" of "spokesman for the firm"). */
    static String head(String role) {
        String[] words = SPACES.split(role.strip().toLowerCase(Locale.ROOT));
        if (words.length > 2 && words[0].equals("one") && words[1].equals("of")) {
            // "one of the organizers of the rally": one of a group, whose noun heads it
            int noun = words.length > 3 && words[2].equals("the") ? 3 : 2;
            String plural = head(String.join(" ", Arrays.copyOfRange(words, noun, words.length)));
            return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        }
        int k = 0;
        while (k + 1 < words.length && !HEAD_ENDS.contains(words[k + 1])) {
            k++;
        }
        return words[k];
    }

    /** Words that end a role's head: what follows tells what or where it is of ("director at …", "founder of …"). */
    private static final Set<String> HEAD_ENDS = Set.of("of", "at", "for", "in", "from", "with", "to", "on", "since",
            "and");

    /** The role to show, or null where none of it is one. */
    static String shown(String role) {
        if (role == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String part : PARTS.split(role)) {
            String words = PLACE_ADVERB.matcher(part.strip()).replaceFirst(""); // "a key Clinton supporter here"
            if (!words.isEmpty() && isRole(words)) {
                kept.add(words);
            }
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    /** "co-author of the study", "author of the report": a person's noun heads the role, the writing is what it is of. */
    private static boolean headsWhatItIsOf(String[] words) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals("of")) {
                return MentionFinder.headsPersonRole(words[i - 1].toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static boolean isRole(String part) {
        if (part.chars().noneMatch(Character::isLetter)) {
            return false; // an age
        }
        String[] words = SPACES.split(part);
        String first = words[0].toLowerCase(Locale.ROOT);
        String lastWord = words[words.length - 1];
        String last = lastWord.toLowerCase(Locale.ROOT);
        if (Lexicon.STOP.contains(last) || LINKS.contains(last) || SENTENCE_ADVERB.matcher(first).matches()) {
            return false;
        }
        if (Lexicon.STOP.contains(first) && !Lexicon.DETERMINERS.contains(first) && !first.equals("only")
                || LINKS.contains(first)) { // "only senator to endorse Sanders" is a role
            // "at Dresdner Kleinwort Wasserstein", "of RBC Capital Markets": an affiliation naming its body
            return AFFILIATIONS.contains(first) && words.length > 1 && Character.isUpperCase(lastWord.charAt(0))
                    && !Lexicon.TITLE_WORDS.contains(last);
        }
        if (!Character.isLowerCase(lastWord.charAt(0))) {
            return true;
        }
        // "head of music programming" names a field; "Maddow asking", "super PAC backing" end in a verb
        boolean field = words.length >= 3 && FIELD_OPENERS.contains(words[words.length - 3].toLowerCase(Locale.ROOT));
        return (!NOT_HEADS.contains(last) || headsWhatItIsOf(words)) && !(last.endsWith("ing") && !field)
                && !(words.length == 1 && (last.endsWith("'s") || last.endsWith("’s")));
    }
}
