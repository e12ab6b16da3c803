package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTextTest {

    @Test
    void keepsRolesTitlesAndAffiliations() {
        assertEquals("State Department spokeswoman", RoleText.shown("State Department spokeswoman"));
        assertEquals("at the Brookings Institution", RoleText.shown("at the Brookings Institution"));
        assertEquals("director of political advertising", RoleText.shown("director of political advertising"));
        assertEquals("only senator to endorse Sanders", RoleText.shown("only senator to endorse Sanders"));
        assertEquals("Trump ally", RoleText.shown("Trump ally"));
    }

    @Test
    void dropsAgesCircumstancesAndCutPhrases() {
        assertNull(RoleText.shown("53"));
        assertNull(RoleText.shown("62nd minute"));
        assertNull(RoleText.shown("however"));
        assertNull(RoleText.shown("official from"));
        assertNull(RoleText.shown("of President"));
        assertNull(RoleText.shown("seemingly Honcharuk"));
        assertNull(RoleText.shown("super PAC backing"));
        assertNull(RoleText.shown("army's"));
        assertNull(RoleText.shown(null));
    }

    @Test
    void keepsThePartsOfARoleThatAreRolesAndLosesAPlaceAdverb() {
        assertEquals("Agriculture Secretary, a key supporter", RoleText.shown("Agriculture Secretary, 61, a key supporter here"));
    }

    @Test
    void everyQuotationOfAPersonShowsTheRoleTheArticleGivesThem() {
        List<Quotation> qs = Extracted.from("""
                Tom Hale said the plant would stay open.

                Hale, the governor of Ohio, said the vote would be close.""");
        assertEquals("governor of Ohio", Extracted.containing(qs, "plant would stay open").role());
    }

    @Test
    void aQuotationShowsNoAgeAsItsSpeakersRole() {
        Quotation q = Extracted.from("Mary Jones, 53, said the bridge would reopen in May.").getFirst();
        assertEquals("Mary Jones", q.speaker());
        assertNull(q.role());
    }
}
