package dev.whosaid.query;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import dev.whosaid.index.SpeakerSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Question understanding against a fixed set of speakers and a fixed today (Saturday 2026-11-28). */
class QuestionParserTest {

    static final List<SpeakerSummary> SPEAKERS = List.of(
            new SpeakerSummary("Heather Nauert", SpeakerKind.PERSON, List.of("State Department spokeswoman"), 5),
            new SpeakerSummary("Mike Pompeo", SpeakerKind.PERSON, List.of("Secretary of State"), 4),
            new SpeakerSummary("Kim Jong Un", SpeakerKind.PERSON, List.of("North Korean leader"), 3),
            new SpeakerSummary("Kim Yong Chol", SpeakerKind.PERSON, List.of(), 2),
            new SpeakerSummary("North Korea", SpeakerKind.ORGANISATION, List.of(), 2),
            new SpeakerSummary("Angela Müller", SpeakerKind.PERSON, List.of("finance minister"), 1));
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    static QuestionParser.Parsed parse(String q) {
        return new QuestionParser(new SpeakerDirectory(SPEAKERS), TODAY).parse(q);
    }

    static void understood(String q, List<String> speakers, String topic) {
        QuestionParser.Parsed p = parse(q);
        assertEquals(speakers, p.speakers(), "speakers of: " + q);
        assertEquals(topic, p.topic(), "topic of: " + q);
    }

    @Test
    void whatDidXSayAboutYNamesTheSpeakerAndTheTopic() {
        understood("what did Nauert say about the letter", List.of("Heather Nauert"), "the letter");
        understood("What has Heather Nauert said on the letter?", List.of("Heather Nauert"), "the letter");
        understood("what did NAUERT say", List.of("Heather Nauert"), null);
    }

    @Test
    void shortFormsFindTheSpeaker() {
        understood("Pompeo on the talks", List.of("Mike Pompeo"), "the talks");
        understood("Nauert's comments on the letter", List.of("Heather Nauert"), "the letter");
        understood("quotes by Pompeo", List.of("Mike Pompeo"), null);
        understood("quotations from Mike Pompeo about denuclearization", List.of("Mike Pompeo"), "denuclearization");
        understood("did Pompeo say good-faith negotiations", List.of("Mike Pompeo"), "good-faith negotiations");
        understood("nauert letter", List.of("Heather Nauert"), "letter");
    }

    @Test
    void whoSaidYHasNoSpeaker() {
        understood("who said the talks were regrettable", List.of(), "the talks regrettable");
    }

    @Test
    void twoSpeakersAreSearchedSideBySide() {
        understood("what did Nauert and Pompeo say about the letter", List.of("Heather Nauert", "Mike Pompeo"), "the letter");
    }

    @Test
    void aNameThatFitsSeveralSpeakersSearchesAllAndSaysSo() {
        QuestionParser.Parsed p = parse("what did Kim say about the talks");
        assertEquals(List.of("Kim Jong Un", "Kim Yong Chol"), p.speakers());
        assertEquals(List.of(new Ambiguity("kim", List.of("Kim Jong Un", "Kim Yong Chol"))), p.ambiguous());
    }

    @Test
    void aNameWithATitleBeforeItIsTheSamePersonNotAnAmbiguity() {
        List<SpeakerSummary> speakers = List.of(
                new SpeakerSummary("Sadiq Khan", SpeakerKind.PERSON, List.of(), 2),
                new SpeakerSummary("Mayor of London Sadiq Khan", SpeakerKind.PERSON, List.of(), 2),
                new SpeakerSummary("Imran Khan", SpeakerKind.PERSON, List.of(), 1));
        QuestionParser parser = new QuestionParser(new SpeakerDirectory(speakers), TODAY);
        QuestionParser.Parsed sadiq = parser.parse("what did Sadiq Khan say about Brexit");
        assertEquals(List.of("Sadiq Khan", "Mayor of London Sadiq Khan"), sadiq.speakers());
        assertEquals(List.of(), sadiq.ambiguous());
        QuestionParser.Parsed khan = parser.parse("what did Khan say about Brexit");
        assertEquals(List.of(new Ambiguity("khan", List.of("Sadiq Khan", "Mayor of London Sadiq Khan", "Imran Khan"))), khan.ambiguous());
    }

    @Test
    void nameVariantsAccentsAndCaseAreIgnored() {
        understood("Kim Jong-un on missiles", List.of("Kim Jong Un"), "missiles");
        understood("what did kim jong un say", List.of("Kim Jong Un"), null);
        understood("muller on taxes", List.of("Angela Müller"), "taxes");
        understood("what did Angela MÜLLER say about taxes", List.of("Angela Müller"), "taxes");
    }

    static final List<SpeakerSummary> KIMS = List.of(
            new SpeakerSummary("Kim Min-Woo", SpeakerKind.PERSON, List.of("South Korean trade minister"), 9),
            new SpeakerSummary("Kim Yong Chol", SpeakerKind.PERSON, List.of("North Korean envoy"), 4),
            new SpeakerSummary("Kim Jong Un", SpeakerKind.PERSON, List.of("North Korean leader"), 3));

    static void understoodAmongKims(String q, List<String> speakers, String topic) {
        QuestionParser.Parsed p = new QuestionParser(new SpeakerDirectory(KIMS), TODAY).parse(q);
        assertEquals(speakers, p.speakers(), "speakers of: " + q);
        assertEquals(topic, p.topic(), "topic of: " + q);
        if (speakers.size() == 1) {
            assertEquals(List.of(), p.ambiguous(), "ambiguities of: " + q);
        }
    }

    @Test
    void aFullNameWinsOverOthersSharingItsSurname() {
        understoodAmongKims("Kim Jong Un", List.of("Kim Jong Un"), null);
        understoodAmongKims("kim jong-un", List.of("Kim Jong Un"), null);
        understoodAmongKims("Kim Jong-un's comments on the summit", List.of("Kim Jong Un"), "the summit");
        understoodAmongKims("what did Kim Jong Un say about the summit", List.of("Kim Jong Un"), "the summit");
        understoodAmongKims("Kim Jong Un missiles", List.of("Kim Jong Un"), "missiles");
        understoodAmongKims("what did Kim Yong Chol say", List.of("Kim Yong Chol"), null);
        understoodAmongKims("Kim Min-Woo on tariffs", List.of("Kim Min-Woo"), "tariffs");
        // The surname alone fits every Kim: all are searched, and the mention is reported.
        understoodAmongKims("what did Kim say about the summit", List.of("Kim Min-Woo", "Kim Yong Chol", "Kim Jong Un"), "the summit");
    }

    @Test
    void hyphenSpaceAndJoinedFormsOfAGivenNameAreTheSameName() {
        understoodAmongKims("Kim Min Woo on tariffs", List.of("Kim Min-Woo"), "tariffs");
        understoodAmongKims("what did Kim Minwoo say about tariffs", List.of("Kim Min-Woo"), "tariffs");
        understoodAmongKims("Kim Jongun on missiles", List.of("Kim Jong Un"), "missiles");
        understoodAmongKims("what did Kim Yong-chol say", List.of("Kim Yong Chol"), null);
        understoodAmongKims("Jong-un on missiles", List.of("Kim Jong Un"), "missiles");
        // One person spelled two ways in the index: both spellings are searched, and nothing is ambiguous.
        List<SpeakerSummary> twoSpellings = List.of(new SpeakerSummary("Kim Jong-un", SpeakerKind.PERSON, List.of(), 2),
                new SpeakerSummary("Kim Jong Un", SpeakerKind.PERSON, List.of(), 1), KIMS.getFirst());
        QuestionParser.Parsed p = new QuestionParser(new SpeakerDirectory(twoSpellings), TODAY).parse("what did Kim Jong Un say");
        assertEquals(List.of("Kim Jong-un", "Kim Jong Un"), p.speakers());
        assertEquals(List.of(), p.ambiguous());
    }

    @Test
    void anOrganisationIsNamedByItsWholeNameOnly() {
        understood("what did North Korea say about the talks", List.of("North Korea"), "the talks");
        understood("korea talks", List.of(), "korea talks");
    }

    static final List<SpeakerSummary> ORGANISATIONS = List.of(
            new SpeakerSummary("World Health Organization", SpeakerKind.ORGANISATION, List.of(), 7),
            new SpeakerSummary("Tedros Adhanom Ghebreyesus", SpeakerKind.PERSON, List.of("WHO Director-General"), 5),
            new SpeakerSummary("The WHO's website", SpeakerKind.ORGANISATION, List.of(), 1),
            new SpeakerSummary("Electronic Frontier Foundation", SpeakerKind.ORGANISATION, List.of(), 1),
            new SpeakerSummary("Mitchell Stoltz", SpeakerKind.PERSON, List.of("EFF's attorney"), 2),
            new SpeakerSummary("Commission on International Religious Freedom", SpeakerKind.ORGANISATION, List.of(), 1),
            new SpeakerSummary("Elena Kagan", SpeakerKind.PERSON, List.of("Supreme Court Justice"), 1),
            new SpeakerSummary("Supreme Court", SpeakerKind.ORGANISATION, List.of(), 1),
            new SpeakerSummary("The foreign minister", SpeakerKind.PERSON, List.of("foreign minister"), 1),
            new SpeakerSummary("Tim Manning", SpeakerKind.PERSON, List.of("formerly a deputy administrator at FEMA"), 1),
            new SpeakerSummary("the Navy", SpeakerKind.ORGANISATION, List.of(), 2),
            new SpeakerSummary("Arba Agung", SpeakerKind.PERSON, List.of("1st Fleet Command's Navy Information Agency head"), 1));

    static QuestionParser.Parsed parseAmongOrganisations(String q) {
        return new QuestionParser(new SpeakerDirectory(ORGANISATIONS), TODAY).parse(q);
    }

    @Test
    void anAcronymInCapitalsNamesTheOrganisationWithThoseInitialsOrThatWritesIt() {
        assertEquals(List.of("Electronic Frontier Foundation"), parseAmongOrganisations("what did the EFF say about youtube-dl").speakers());
        assertEquals(List.of("Commission on International Religious Freedom"), parseAmongOrganisations("CIRF on Hagia Sophia").speakers());
        QuestionParser.Parsed who = parseAmongOrganisations("what did the WHO say about home remedies");
        assertEquals(List.of("World Health Organization", "The WHO's website"), who.speakers());
        assertEquals("home remedies", who.topic());
        assertEquals(List.of(), who.ambiguous(), "one organisation written two ways");
    }

    @Test
    void aNameHoldingOnOrOfRunsOnOverTheWordTheQuestionWouldSplitAt() {
        String commission = "Commission on International Religious Freedom";
        QuestionParser.Parsed all = parseAmongOrganisations("quotes by Commission on International Religious Freedom");
        assertEquals(List.of(commission), all.speakers());
        assertEquals(null, all.topic());
        QuestionParser.Parsed on = parseAmongOrganisations("Commission on International Religious Freedom on Hagia Sophia");
        assertEquals(List.of(commission), on.speakers());
        assertEquals("Hagia Sophia", on.topic());
        QuestionParser.Parsed about = parseAmongOrganisations("statements by the commission on international religious freedom about Hagia Sophia");
        assertEquals(List.of(commission), about.speakers());
        assertEquals("Hagia Sophia", about.topic());
        // A speaker's name ends where the form splits: the rest is the topic.
        assertEquals("religious freedom", parseAmongOrganisations("quotes by the Supreme Court on religious freedom").topic());
    }

    @Test
    void anOrganisationNamedAfterTheArticleIsThatOrganisationNotOnlyTheHoldersOfARoleContainingIt() {
        assertEquals(List.of("Supreme Court", "Elena Kagan"), parseAmongOrganisations("what did the Supreme Court say about the advice").speakers());
    }

    @Test
    void vagueWordsBesideARoleQualifyItRatherThanDescribeSomeoneElse() {
        QuestionParser.Parsed p = parseAmongOrganisations("what did the former FEMA official say about the response");
        assertEquals(List.of("Tim Manning"), p.speakers());
        assertNull(p.described());
        assertEquals("the response", p.topic());
    }

    @Test
    void wordsThatAreBothASpeakersNameAndARoleSearchTheSpeakerAndTheRolesHolders() {
        assertEquals(List.of("the Navy", "Arba Agung"), parseAmongOrganisations("what did the Navy say about the search").speakers());
    }

    @Test
    void theBeforeANameIsNoPartOfItWhereAnotherNameHoldsTheSameWordsAfterThe() {
        List<SpeakerSummary> courts = List.of(
                new SpeakerSummary("Supreme Court of the United Kingdom", SpeakerKind.ORGANISATION, List.of(), 4),
                new SpeakerSummary("Supreme Court of Puerto Rico", SpeakerKind.ORGANISATION, List.of(), 2),
                new SpeakerSummary("protesters in front of the Supreme Court", SpeakerKind.ANONYMOUS, List.of(), 1));
        QuestionParser.Parsed p = new QuestionParser(new SpeakerDirectory(courts), TODAY)
                .parse("what did the Supreme Court say about prorogation");
        assertTrue(p.speakers().containsAll(List.of("Supreme Court of the United Kingdom", "Supreme Court of Puerto Rico")),
                p.speakers().toString());
        assertEquals("prorogation", p.topic());
    }

    @Test
    void oneWordNeverNamesADescriptionIndexedAsAName() {
        // "The foreign minister" is how an article described someone: "minister" alone is not that speaker's name.
        QuestionParser.Parsed p = parseAmongOrganisations("what did the Emergencies Minister say about Magnitogorsk");
        assertFalse(p.speakers().contains("The foreign minister"), p.speakers().toString());
        assertEquals(List.of("The foreign minister"), parseAmongOrganisations("what did the foreign minister say").speakers());
    }

    @Test
    void oneWordNamesACompanyByTheFirstWordOfItsFullNameButNoOtherBody() {
        List<SpeakerSummary> bodies = List.of(
                new SpeakerSummary("Ford Motor Company", SpeakerKind.ORGANISATION, List.of(), 3),
                new SpeakerSummary("White House", SpeakerKind.ORGANISATION, List.of(), 2));
        QuestionParser parser = new QuestionParser(new SpeakerDirectory(bodies), TODAY);
        assertEquals(List.of("Ford Motor Company"), parser.parse("what did ford say about the probe").speakers());
        assertEquals(List.of(), parser.parse("what did white say").speakers());
    }

    @Test
    void anAcronymStartingALongerRoleIsThatRoleAndLowerCaseWhoIsAQuestionWord() {
        assertEquals(List.of("Tedros Adhanom Ghebreyesus"), parseAmongOrganisations("what did the WHO director-general say").speakers());
        assertEquals(List.of(), parseAmongOrganisations("who said remedies work").speakers());
    }

    @Test
    void wordsAfterTheTopicMarkerStayTopicEvenWhenTheyNameSomeone() {
        understood("what did Pompeo say about North Korea", List.of("Mike Pompeo"), "North Korea");
    }

    @Test
    void aRoleOrTitleStandsForTheSpeakersWhoHoldIt() {
        QuestionParser.Parsed p = parse("what did the State Department spokeswoman say about the letter");
        assertEquals("state department spokeswoman", p.roleSaid());
        assertNull(p.role());
        assertEquals(List.of("Heather Nauert"), p.speakers());
        assertEquals("the letter", p.topic());
        QuestionParser.Parsed secretary = parse("what did the secretary of state say");
        assertEquals("secretary of state", secretary.roleSaid());
        assertEquals(List.of("Mike Pompeo"), secretary.speakers());
        // "North Korean" stands in two roles: the leader is named by the whole role.
        assertEquals(List.of("Kim Jong Un"), parse("what did the North Korean leader say about missiles").speakers());
    }

    @Test
    void aNameAlongsideARoleDecidesWhoSpoke() {
        QuestionParser.Parsed p = parse("what did Secretary of State Pompeo say");
        assertEquals(List.of("Mike Pompeo"), p.speakers());
        assertEquals("secretary of state", p.roleSaid());
    }

    @Test
    void whatFollowsTheVerbIsTheTopicEvenWithoutAbout() {
        understood("what did Nauert say when Pompeo left Pyongyang", List.of("Heather Nauert"), "Pompeo left Pyongyang");
        understood("what did Pompeo say to Kim", List.of("Mike Pompeo"), "to Kim");
        understood("who called the talks regrettable", List.of(), "the talks regrettable");
        understood("did Nauert call it a letter", List.of("Heather Nauert"), "a letter");
    }

    @Test
    void aFirstNameBeforeAnUnknownSurnameIsNotThatSpeaker() {
        // "Angela Merkel" is not in the index: "angela" must not stand for Angela Müller; her name describes her.
        understood("what did Angela Merkel say about taxes", List.of(), "taxes");
        assertEquals("angela merkel", parse("what did Angela Merkel say about taxes").described());
        understood("Heather on the letter", List.of("Heather Nauert"), "the letter");
    }

    @Test
    void aSpeakerNamedOnlyByADescriptionIsDescribedNotMatchedToPartOfIt() {
        // Angela Müller is a "finance minister": "Harry Dunn's" minister or the minister "of Finland" is someone else.
        QuestionParser.Parsed possessive = parse("what did Harry Dunn's minister say about the crash");
        assertEquals(List.of(), possessive.speakers());
        assertNull(possessive.roleSaid());
        assertEquals("harry dunn minister", possessive.described());
        assertEquals("the crash", possessive.topic());
        QuestionParser.Parsed of = parse("what did the finance minister of Finland say");
        assertEquals(List.of(), of.speakers());
        assertEquals("finland finance minister", of.described());
        // A whole role, a name beside the words, or words after the topic marker describe no one.
        assertNull(parse("what did the finance minister say about Finland").described());
        assertNull(parse("what did Pompeo's aide say").described());
        assertEquals("aide", parse("what did Pompeo's aide say").topic());
    }

    @Test
    void vagueRoleWordsStandForNoOne() {
        QuestionParser.Parsed p = parse("what did the former official say about the letter");
        assertEquals(List.of(), p.speakers());
        assertNull(p.roleSaid());
    }

    @Test
    void pronounsAndAuxiliariesLeaveTheTopicButStayInPhrases() {
        QuestionParser.Parsed p = parse("did Pompeo say he would \"he would\" meet them");
        assertEquals("meet", p.topic());
        assertEquals(List.of("he would"), p.phrases());
    }

    @Test
    void quotedWordsAreExactPhrases() {
        QuestionParser.Parsed p = parse("who said \"central issues\"");
        assertEquals(List.of("central issues"), p.phrases());
        assertNull(p.topic());
        assertEquals(List.of("good-faith negotiations"), parse("Pompeo “good-faith negotiations”").phrases());
    }

    @Test
    void timeExpressionsBecomeDateRangesRelativeToToday() {
        assertRange("what did Nauert say in July 2018", "2018-07-01", "2018-07-31");
        assertRange("Pompeo on the talks in 2018", "2018-01-01", "2018-12-31");
        assertRange("what did Pompeo say last week", "2026-11-16", "2026-11-22");
        assertRange("Nauert quotes last month", "2026-10-01", "2026-10-31");
        assertRange("what has Pompeo said since 2019", "2019-01-01", null);
        assertRange("what did Pompeo say before March 2019", null, "2019-02-28");
        assertRange("who said talks between March and May 2020", "2020-03-01", "2020-05-31");
        assertRange("who said talks in the last 3 months", "2026-08-28", "2026-11-28");
        // A month without a year is taken out of the topic but sets no range: which year is unknown.
        assertRange("what did Nauert say in July", null, null);
        assertEquals(null, parse("what did Nauert say in July").topic());
        QuestionParser.Parsed p = parse("what did Nauert say in July 2018 about the letter");
        assertEquals(List.of("Heather Nauert"), p.speakers());
        assertEquals("the letter", p.topic());
    }

    static void assertRange(String q, String from, String to) {
        QuestionParser.Parsed p = parse(q);
        assertEquals(from == null ? null : LocalDate.parse(from), p.from(), "from of: " + q);
        assertEquals(to == null ? null : LocalDate.parse(to), p.to(), "to of: " + q);
    }

    @Test
    void fieldedSyntaxSetsFilters() {
        QuestionParser.Parsed p = parse("speaker:\"Heather Nauert\" kind:direct from:2018-07 to:2018 source:wikinews letter");
        assertEquals(List.of("Heather Nauert"), p.speakers());
        assertEquals(QuoteKind.DIRECT, p.kind());
        assertEquals(LocalDate.of(2018, 7, 1), p.from());
        assertEquals(LocalDate.of(2018, 12, 31), p.to());
        assertEquals("wikinews", p.source());
        assertEquals("letter", p.topic());
        assertEquals("secretary of state", parse("role:\"secretary of state\"").role());
        assertEquals(List.of("Nobody Known"), parse("speaker:\"Nobody Known\"").unknownSpeakers());
    }

    @Test
    void badFieldedValuesAreRefusedNamingTheValue() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> parse("kind:shouted"));
        assertTrue(kind.getMessage().contains("shouted"), kind.getMessage());
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> parse("from:2018-13"));
        assertTrue(date.getMessage().contains("2018-13"), date.getMessage());
    }

    @Test
    void nastyInputIsUnderstoodAsLittleOrNothing() {
        for (String q : List.of("\"", "(", "speaker:", "*", "\\", "a AND (b OR", "}{][", "’s", "?", "", "   ")) {
            QuestionParser.Parsed p = parse(q);
            assertEquals(List.of(), p.speakers(), q);
        }
        assertDoesNotThrow(() -> parse("letter ".repeat(142)));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> parse("x".repeat(1001)));
        assertTrue(tooLong.getMessage().contains("1001"), tooLong.getMessage());
    }
}
