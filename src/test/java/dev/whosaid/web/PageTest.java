package dev.whosaid.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journalist's page in a real headless Chromium, over the real server and a real index built in a temp
 * dir: search, filter, read, cite, and stay safe. One browser and one server for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTest {

    private static final String NAUERT_CITATION = "\"He didn't leave anything behind other than a letter,\""
            + " State Department spokeswoman Heather Nauert said on July 7, 2018 (The Washington Post).";
    /** The source of the fixture article with markup everywhere (src/test/resources/.../injected-markup.txt). */
    private static final String MARKUP_SOURCE = "Evil%20%3Cscript%3Ewindow.__pwned%20%3D%20true%3C%2Fscript%3E%20Times";
    private static final String NAUERT_QUESTION = "/?q=what%20did%20Nauert%20say%20about%20the%20letter";

    private RealServer server;
    private Browser browser;

    @BeforeAll
    void startServerAndBrowser(@TempDir Path dir) throws IOException {
        Browser.requireChromium();
        server = RealServer.start(projectDir(), Files.createDirectory(dir.resolve("server")));
        browser = Browser.start(server.baseUrl(), Files.createDirectory(dir.resolve("chromium-profile")));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    void desktopSize() {
        browser.resetViewport();
    }

    @Test
    void askingAboutNauertAndTheLetterShowsHerQuotationFirstWithTheMatchedWordMarked() {
        browser.open("/");
        WebElement box = browser.find("#q");
        box.sendKeys("what did Nauert say about the letter");
        browser.andWaitForRender(() -> box.sendKeys(Keys.ENTER));

        WebElement first = browser.find(".hit");
        assertEquals("Heather Nauert", first.findElement(By.cssSelector(".speaker")).getText());
        assertEquals("“He didn't leave anything behind other than a letter”", first.findElement(By.cssSelector(".quote-text")).getText());
        assertEquals("letter", first.findElement(By.cssSelector(".quote-text mark")).getText());
        assertTrue(browser.currentQuery().contains("q=what did Nauert say about the letter"), browser.currentQuery());
        assertTrue(browser.find("#status").getAttribute("textContent").contains("found for what did Nauert say about the letter"));
    }

    @Test
    void clickingASpeakerFacetFiltersTheResultsAndPutsTheFilterInTheUrlAndBackUndoesIt() {
        browser.open("/");
        List<String> before = speakersShown();
        List<WebElement> facetValues = browser.all(".facet-value[data-facet='speaker']");
        assertTrue(facetValues.size() >= 2, "the latest quotations come from several speakers");
        WebElement second = facetValues.get(1);
        String name = second.getAttribute("data-value");
        browser.andWaitForRender(second::click);

        List<String> speakers = speakersShown();
        assertFalse(speakers.isEmpty());
        assertTrue(speakers.stream().allMatch(name::equals), name + " only, got " + speakers);
        assertTrue(browser.currentQuery().contains("speaker=" + name), browser.currentQuery());
        assertEquals("true", browser.find(".facet-value[data-facet='speaker'].is-on").getAttribute("aria-pressed"));

        browser.andWaitForRender(() -> browser.driver.navigate().back());
        assertEquals(before, speakersShown());
        assertFalse(browser.currentQuery().contains("speaker="));
    }

    @Test
    void choosingDirectQuotesOnlyLeavesOnlyDirectQuotesAndSaysSoInTheUrl() {
        browser.open(NAUERT_QUESTION);
        assertTrue(badgesShown().contains("Reported speech"), badgesShown().toString());
        browser.andWaitForRender(() -> new Select(browser.find("#kind")).selectByValue("direct"));
        assertFalse(badgesShown().isEmpty());
        assertTrue(badgesShown().stream().allMatch("Direct quote"::equals), badgesShown().toString());
        assertTrue(browser.currentQuery().endsWith("&kind=direct"), browser.currentQuery());
    }

    private List<String> badgesShown() {
        return browser.all(".hit .badge").stream().map(WebElement::getText).toList();
    }

    private List<String> speakersShown() {
        return browser.all(".hit .speaker").stream().map(WebElement::getText).toList();
    }

    @Test
    void removingTheUnderstoodSpeakerKeepsTheTopicAndChangingDatesGoesIntoTheUrl() {
        browser.open(NAUERT_QUESTION);
        WebElement chip = browser.find(".chip-remove[aria-label='Remove speaker filter Heather Nauert']");
        browser.andWaitForRender(chip::click);
        // The question is restated as what remains understood: its topic, without the speaker.
        String restated = browser.currentQuery();
        assertTrue(restated.matches("\\?q=[^&]*letter"), restated);
        assertFalse(restated.contains("Nauert"), restated);
        assertTrue(browser.all(".chip-remove[aria-label='Remove speaker filter Heather Nauert']").isEmpty());
        assertFalse(browser.all(".hit").isEmpty());

        browser.find("#date-from").sendKeys("2018-07-01");
        browser.find("#date-to").sendKeys("2018-07");
        browser.andWaitForRender(() -> browser.find(".dates button[type='submit']").click());
        assertEquals(restated + "&from=2018-07-01&to=2018-07", browser.currentQuery());
        assertEquals("2018-07-01", browser.find("#date-from").getAttribute("value"));
    }

    @Test
    void aPermalinkShowsTheParagraphWithTheQuotationMarkedAndSurvivesAReload() {
        browser.open(NAUERT_QUESTION);
        browser.andWaitForRender(() -> browser.find(".hit .permalink").click());
        assertTrue(browser.currentQuery().startsWith("?view=quote&id="), browser.currentQuery());

        browser.reload();
        assertEquals("“He didn't leave anything behind other than a letter”", browser.find(".quote-large").getText());
        assertEquals("He didn't leave anything behind other than a letter", browser.find(".paragraph mark.quoted").getText());
        assertEquals("In the article", browser.find("#article-heading").getAttribute("textContent"));
        assertTrue(browser.find(".article-title").getText().startsWith("Pompeo did not give Kim a CD"));
    }

    @Test
    void theSpeakerPageDrawsAnAccessibleTimelineWithABarPerMonth() {
        browser.open("/?view=speaker&name=Heather%20Nauert");
        assertEquals("Heather Nauert", browser.find(".speaker-header h1").getText());
        WebElement chart = browser.find("svg.timeline");
        assertEquals("img", chart.getAttribute("role"));
        assertEquals("Quotations by Heather Nauert per month", browser.js("return arguments[0].querySelector('title').textContent", chart));

        // One bar per month from the first to the last month the API lists, empty months included.
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/speakers/Heather%20Nauert').then(r => r.json()).then(s => done(s.timeline.map(p => p.period + '=' + p.count)));""");
        List<String> drawn = browser.all("svg.timeline rect").stream()
                .map(r -> r.getAttribute("data-period") + "=" + r.getAttribute("data-count")).toList();
        assertFalse(listed.isEmpty());
        assertEquals(listed.getFirst(), drawn.getFirst());
        assertEquals(listed.getLast(), drawn.getLast());
        assertTrue(drawn.containsAll(listed), drawn + " should contain " + listed);
        assertTrue(drawn.stream().filter(p -> !listed.contains(p)).allMatch(p -> p.endsWith("=0")), "gaps are empty months");
        assertTrue(browser.find(".count-list").getText().contains("State Department spokeswoman"));
    }

    @Test
    void copyCitationPutsTheHouseStyleSentenceOnTheClipboard() {
        browser.open(NAUERT_QUESTION);
        WebElement copy = browser.find(".hit .copy-citation");
        copy.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> copy.getText().equals("Copied"));
        Object clipboard = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
        assertEquals(NAUERT_CITATION, clipboard);
    }

    @Test
    void whereTheClipboardIsRefusedTheCitationIsLeftSelectedInAFallbackTextarea() {
        browser.open(NAUERT_QUESTION);
        browser.js("navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));");
        browser.find(".hit .copy-citation").click();
        Object fallback = new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> browser.js("const t = document.getElementById('citation-fallback'); return t && t.value;"));
        assertEquals(NAUERT_CITATION, fallback);
    }

    @Test
    void anArticleWithInjectedScriptAndImageIsShownAsTextAndNeverRuns() {
        browser.open("/?q=typed&source=" + MARKUP_SOURCE);
        WebElement hit = browser.find(".hit");
        assertTrue(hit.getText().contains("<script>window.__pwned = true; document.title = 'pwned';</script> is what I typed"), hit.getText());
        assertEquals("Evil <script>window.__pwned = true</script> Times", hit.findElement(By.cssSelector(".where")).getText());
        browser.find(".hit .toggle-context").click();
        assertTrue(browser.find(".hit-context").getText().contains("<img src=x onerror="));
        browser.andWaitForRender(() -> browser.find(".hit .permalink").click());
        assertTrue(browser.find(".article-title").getText().startsWith("<img src=x onerror=\"window.__pwned = true\"> Markup in the news"));

        assertEquals(0L, browser.js("return document.querySelectorAll('#view script, #view img, #view b, #view i').length"));
        assertEquals(true, browser.js("return window.__pwned === undefined"));
        assertNotEquals("pwned", browser.driver.getTitle());
        // The article's javascript: URL is not turned into a link.
        assertEquals(0L, browser.js("return [...document.querySelectorAll('a')].filter(a => a.protocol === 'javascript:').length"));
    }

    @Test
    void theKeyboardAloneSearchesMovesThroughResultsAndOpensOne() {
        browser.open("/");
        browser.driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("q", browser.js("return document.activeElement.id"));

        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        List<WebElement> hits = browser.all(".hit");
        assertEquals(hits.get(0), browser.driver.switchTo().activeElement());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(hits.get(1), browser.driver.switchTo().activeElement());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(hits.get(0), browser.driver.switchTo().activeElement());
        assertEquals("3px", browser.js("return getComputedStyle(document.activeElement).outlineWidth"), "the focused result is outlined");

        String id = hits.get(0).getAttribute("data-id");
        browser.andWaitForRender(() -> browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER));
        assertEquals("?view=quote&id=" + id, browser.currentQuery());

        browser.open("/");
        WebElement facet = browser.find(".facet-value[data-facet='year']");
        String year = facet.getAttribute("data-value");
        browser.andWaitForRender(() -> facet.sendKeys(Keys.SPACE));
        assertEquals("?year=" + year, browser.currentQuery(), "Space toggles a focused filter");
    }

    @Test
    void typingPartOfANameSuggestsTheSpeakerAndPickingItPutsTheFullNameInTheQuestion() {
        browser.open("/");
        WebElement box = browser.find("#q");
        box.sendKeys("what did Naue");
        WebElement suggestion = browser.find("#suggestions .suggestion");
        assertEquals("Heather Nauert", suggestion.findElement(By.cssSelector(".suggestion-name")).getText());
        assertEquals("true", box.getAttribute("aria-expanded"));

        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("suggestion-0", box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        assertEquals("what did Heather Nauert", box.getAttribute("value"));
        assertFalse(browser.find("#q").getAttribute("aria-expanded").equals("true"));

        browser.andWaitForRender(() -> box.sendKeys(" say about the letter", Keys.ENTER));
        assertEquals("Heather Nauert", browser.find(".hit .speaker").getText());
    }

    @Test
    void onAPhoneSizedScreenNoViewScrollsSideways() {
        browser.viewport(375, 740, true);
        for (String page : List.of("/", NAUERT_QUESTION, firstPermalink(NAUERT_QUESTION), "/?view=speaker&name=Heather%20Nauert")) {
            browser.open(page);
            Object overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, overflow, page + " scrolls sideways by " + overflow + "px at 375px");
        }
    }

    @Test
    void aBadDateIsExplainedWithTheServersMessage() {
        browser.open("/?q=letter&from=last%20week");
        WebElement error = browser.find(".error-box");
        assertEquals("alert", error.getAttribute("role"));
        assertEquals("That search could not be run", browser.find(".error-box h1").getText());
        assertTrue(browser.find(".error-message").getText().contains("last week"), browser.find(".error-message").getText());
    }

    @Test
    void anUnknownSpeakerGetsAClearNotFoundPage() {
        browser.open("/?view=speaker&name=Nobody%20Ever");
        assertEquals("No such speaker", browser.find(".error-box h1").getText());
        assertFalse(browser.find(".error-message").getText().isBlank());
    }

    @Test
    void aPagePastTheLastResultSaysSoAndLinksToTheFirst() {
        browser.open(NAUERT_QUESTION + "&page=99");
        assertTrue(browser.find(".empty").getText().startsWith("This page lies past the last result"), browser.find(".empty").getText());
        browser.andWaitForRender(() -> browser.find(".empty a").click());
        assertFalse(browser.all(".hit").isEmpty());
        assertFalse(browser.currentQuery().contains("page="));
    }

    @Test
    void aSearchWithNoResultsSaysSoAndOffersExamples() {
        browser.open("/?q=qwxzyv");
        assertEquals("No quotations found", browser.find(".results-count").getText());
        assertFalse(browser.all(".empty .example").isEmpty());
        assertTrue(browser.find("#status").getAttribute("textContent").startsWith("No quotations found"));
    }

    @Test
    void thePageRunsUnderTheStrictContentSecurityPolicyWithoutViolationsOrErrors() {
        browser.consoleMessages();
        for (String page : List.of("/", NAUERT_QUESTION, firstPermalink(NAUERT_QUESTION), "/?view=speaker&name=Heather%20Nauert")) {
            browser.open(page);
        }
        // Chromium reports a CSP violation ("Refused to … Content Security Policy …") and any script error here.
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Saves the results page as a PNG where -Dwhosaid.screenshot=path asks for one (docs/screenshot.png). */
    @Test
    void theResultsPageCanBeSavedAsAScreenshot() throws IOException {
        String target = System.getProperty("whosaid.screenshot", "");
        Assumptions.assumeFalse(target.isBlank(), "set -Dwhosaid.screenshot=path to save one");
        browser.viewport(1280, 800, false);
        browser.open(NAUERT_QUESTION);
        browser.find(".hit .toggle-context").click();
        browser.js("document.activeElement.blur()");
        new Actions(browser.driver).moveToLocation(1, 1).perform();
        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        Path file = projectDir().resolve(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }

    /** The quotation page of the first result of a search. */
    private String firstPermalink(String search) {
        browser.open(search);
        return browser.find(".hit .permalink").getAttribute("href").replace(server.baseUrl(), "");
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("whosaid.project.dir", "."));
    }
}
