package dev.whosaid.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, with a fresh profile in a temp dir.
 * Nothing is looked up or downloaded: the driver and the browser binary are given by path, so Selenium
 * Manager never runs. Where they are missing the tests are skipped, except under CI=true, where they fail.
 */
final class Browser implements AutoCloseable {

    /** Debian's paths; -Dwhosaid.chromium / -Dwhosaid.chromedriver point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("whosaid.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("whosaid.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a browser for pages under {@code baseUrl} with its profile in the (empty, fresh) folder
     * {@code profile}, or skips (fails under CI) without Chromium.
     */
    static Browser start(String baseUrl, Path profile) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Clipboard access as a user would grant it, so "Copy citation" can be read back.
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", baseUrl, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return new Browser(driver, baseUrl);
    }

    /** Skips the calling test (fails it under CI=true) unless Chromium and chromedriver are installed. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (run .ci/install-chromium, or apt-get install chromium chromium-driver)";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(message + "; CI=true, so they must run");
        }
        if (!present) {
            // Surefire counts a class skipped in @BeforeAll as no tests at all, so say why on the console too.
            System.err.println("SKIPPED browser tests: " + message);
        }
        Assumptions.assumeTrue(present, message + "; skipping the browser tests");
    }

    /** Opens a page path ("/?q=…") and waits for its first render. */
    void open(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
        waitForRender(0);
    }

    /** Reloads the page (a new document, so its render count starts again) and waits for its render. */
    void reload() {
        driver.navigate().refresh();
        waitForRender(0);
    }

    /** The number of renders the page has finished (body[data-rendered]). */
    int renders() {
        Object value = js("return document.body.dataset.rendered || '0';");
        return Integer.parseInt(String.valueOf(value));
    }

    /** Runs an action that makes the page render again and waits until it has. */
    void andWaitForRender(Runnable action) {
        int before = renders();
        action.run();
        waitForRender(before);
    }

    private void waitForRender(int before) {
        new WebDriverWait(driver, WAIT).until(d -> renders() > before);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String currentQuery() {
        return String.valueOf(js("return decodeURIComponent(location.search.replace(/\\+/g, ' '));"));
    }

    /** Browser console messages since the last call (CSP violations show up here). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Console errors and warnings since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Emulates a viewport of this size in CSS pixels (a phone's when {@code mobile}) until {@link #resetViewport()}. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
