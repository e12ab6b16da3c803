package dev.whosaid.extraction;

/**
 * A stretch of text that names, or stands for, a speaker.
 *
 * @param first first token index
 * @param last  last token index (inclusive)
 * @param span  the characters of the mention
 * @param name  the name part ("Heather Nauert" of "spokeswoman Heather Nauert"); the whole mention for pronouns,
 *              role nouns and groups
 * @param role  the title or role written with it, or null
 * @param type  what kind of mention it is
 */
record Mention(int first, int last, Span span, String name, String role, Type type) {

    enum Type { PRONOUN, RELATIVE, NAME, ROLE, ORGANISATION, ANONYMOUS }

    Mention {
        if (last < first) {
            throw new IllegalArgumentException("mention ends before it starts: " + first + ".." + last);
        }
    }

    Mention withRole(String newRole) {
        return new Mention(first, last, span, name, newRole, type);
    }
}
