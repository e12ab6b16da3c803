package dev.whosaid.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The journalist's page in a real headless Chromium: search, filter, read, cite, and stay safe. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTest {

    private StandInServer server;
    private Browser browser;

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        server = new StandInServer(projectDir().resolve("web"));
        browser = Browser.start(server.baseUrl());
    }

    @AfterAll
    void stop() throws IOException {
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
        assertEquals("Heather Nauert", first.findElement(org.openqa.selenium.By.cssSelector(".speaker")).getText());
        assertEquals("“He didn't leave anything behind other than a letter”", first.findElement(org.openqa.selenium.By.cssSelector(".quote-text")).getText());
        assertEquals("letter", first.findElement(org.openqa.selenium.By.cssSelector(".quote-text mark")).getText());
        assertTrue(browser.currentQuery().contains("q=what did Nauert say about the letter"), browser.currentQuery());
        assertTrue(browser.find("#status").getAttribute("textContent").contains("found for what did Nauert say about the letter"));
    }

    @Test
    void clickingASpeakerFacetFiltersTheResultsAndPutsTheFilterInTheUrlAndBackUndoesIt() {
        browser.open("/?q=the");
        int before = browser.all(".hit").size();
        WebElement pompeo = browser.find(".facet-value[data-facet='speaker'][data-value='Mike Pompeo']");
        browser.andWaitForRender(pompeo::click);

        List<String> speakers = browser.all(".hit .speaker").stream().map(WebElement::getText).toList();
        assertFalse(speakers.isEmpty());
        assertTrue(speakers.stream().allMatch("Mike Pompeo"::equals), speakers.toString());
        assertTrue(browser.currentQuery().contains("speaker=Mike Pompeo"), browser.currentQuery());
        assertEquals("true", browser.find(".facet-value[data-value='Mike Pompeo']").getAttribute("aria-pressed"));

        browser.andWaitForRender(() -> browser.driver.navigate().back());
        assertEquals(before, browser.all(".hit").size());
        assertFalse(browser.currentQuery().contains("speaker="));
    }

    @Test
    void aPermalinkShowsTheParagraphWithTheQuotationMarkedAndSurvivesAReload() {
        browser.open("/?q=letter");
        browser.andWaitForRender(() -> browser.find(".hit .permalink").click());
        assertTrue(browser.currentQuery().startsWith("?view=quote&id="), browser.currentQuery());

        browser.reload();
        assertEquals("“He didn't leave anything behind other than a letter”", browser.find(".quote-large").getText());
        assertEquals("He didn't leave anything behind other than a letter", browser.find(".paragraph mark.quoted").getText());
        assertTrue(browser.find(".also-list").getText().contains("Pompeo leaves Pyongyang"));
        assertTrue(browser.find(".related .hit .quote-text").getText().startsWith("the only thing Pompeo had left"));
    }

    @Test
    void theSpeakerPageDrawsAnAccessibleTimelineWithABarPerMonth() {
        browser.open("/?view=speaker&name=Heather%20Nauert");
        assertEquals("Heather Nauert", browser.find(".speaker-header h1").getText());
        WebElement chart = browser.find("svg.timeline");
        assertEquals("img", chart.getAttribute("role"));
        assertEquals("Quotations by Heather Nauert per month", browser.js("return arguments[0].querySelector('title').textContent", chart));
        // May, June (none) and July 2018.
        List<String> periods = browser.all("svg.timeline rect").stream().map(r -> r.getAttribute("data-period")).toList();
        assertEquals(List.of("2018-05", "2018-06", "2018-07"), periods);
        assertEquals(List.of("1", "0", "2"), browser.all("svg.timeline rect").stream().map(r -> r.getAttribute("data-count")).toList());
        assertTrue(browser.find(".count-list").getText().contains("State Department spokeswoman"));
    }

    @Test
    void copyCitationPutsTheHouseStyleSentenceOnTheClipboard() {
        browser.open("/?q=what%20did%20Nauert%20say%20about%20the%20letter");
        WebElement copy = browser.find(".hit .copy-citation");
        copy.click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(d -> copy.getText().equals("Copied"));
        Object clipboard = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
        assertEquals("\"He didn't leave anything behind other than a letter,\" State Department spokeswoman Heather Nauert"
                + " said on July 7, 2018 (The Washington Post).", clipboard);
    }

    @Test
    void anArticleWithInjectedScriptAndImageIsShownAsTextAndNeverRuns() {
        browser.open("/?q=typed");
        WebElement hit = browser.find(".hit");
        assertTrue(hit.getText().contains("<script>window.__pwned = true; document.title = 'pwned';</script> is what I typed"), hit.getText());
        assertTrue(hit.getText().contains("Mallory <b>Example</b>"));
        browser.find(".hit .toggle-context").click();
        assertTrue(browser.find(".hit-context").getText().contains("<img src=x onerror="));
        browser.andWaitForRender(() -> browser.find(".hit .permalink").click());
        browser.find(".quote-large");

        assertEquals(0L, browser.js("return document.querySelectorAll('#view script, #view img, #view b, #view i').length"));
        assertEquals(false, browser.js("return 'PWNED' in window || window.__pwned === true"));
        assertNotEquals("pwned", browser.driver.getTitle());
        // The article's javascript: URL is not turned into a link.
        assertEquals(0L, browser.js("return [...document.querySelectorAll('a')].filter(a => a.protocol === 'javascript:').length"));
    }

    @Test
    void theKeyboardAloneSearchesMovesThroughResultsAndOpensOne() {
        browser.open("/?q=the");
        browser.driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys("/");
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
    }

    @Test
    void onAPhoneSizedScreenNoViewScrollsSideways() {
        browser.viewport(375, 740);
        for (String page : List.of("/", "/?q=the", "/?view=quote&id=q-nauert-letter", "/?view=speaker&name=Heather%20Nauert")) {
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
    void aSearchWithNoResultsSaysSoAndOffersExamples() {
        browser.open("/?q=zeppelin");
        assertEquals("No quotations found", browser.find(".results-count").getText());
        assertFalse(browser.all(".empty .example").isEmpty());
        assertTrue(browser.find("#status").getAttribute("textContent").startsWith("No quotations found"));
    }

    @Test
    void thePageRunsUnderTheStrictContentSecurityPolicyWithoutViolations() {
        browser.consoleMessages();
        for (String page : List.of("/", "/?q=letter", "/?view=quote&id=q-nauert-letter", "/?view=speaker&name=Heather%20Nauert")) {
            browser.open(page);
        }
        List<String> violations = browser.consoleMessages().stream().filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations);
    }

    /** Saves the results page as a PNG where -Dwhosaid.screenshot=path asks for one (docs/screenshot.png). */
    @Test
    void theResultsPageCanBeSavedAsAScreenshot() throws IOException {
        String target = System.getProperty("whosaid.screenshot", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(target.isBlank(), "set -Dwhosaid.screenshot=path to save one");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        browser.open("/?q=what%20did%20Nauert%20say%20about%20the%20letter");
        browser.find(".hit .toggle-context").click();
        browser.js("document.activeElement.blur()");
        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        Path file = projectDir().resolve(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("whosaid.project.dir", "."));
    }
}
