package io.github.awesomedsl.maven.output.site;

import static io.github.awesomedsl.dsl.AwesomeDsl.arxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: Debian's Chromium, headless, driven by Selenium through chromium-driver, on
 * the page opened from {@code file://}. Skipped loudly without Chromium, except in CI, where it fails.
 */
class SiteBrowserTest {

    @TempDir
    static Path folder;

    private static WebDriver browser;

    static final Tag LFM = Tag.of("LFM");

    static AwesomeList sample() {
        return list("Awesome Models")
                .section(section("Language")
                        .entry(entry("MEDITRON-70B: Scaling medical pretraining")
                                .venue(Venue.ARXIV)
                                .year(2023)
                                .paper(arxiv("2311.16079"))
                                .code("https://github.com/epfLLM/meditron")
                                .tags(LFM)
                                .description("Open medical LLM."))
                        .entry(entry("BioBART")
                                .venue(Venue.BIONLP)
                                .year(2022)
                                .url("https://aclanthology.org/2022.bionlp-1.9/")
                                .tags(LFM)
                                .description("Biomedical generative model."))
                        .entry(entry("<img src=x onerror=window.pwned=1>")
                                .year(2021)
                                .url("javascript:window.pwned=3")
                                .description("</script><script>window.pwned=2</script> & more."))
                        .entry(entry("\"><img src=x onerror=window.pwned=4>")
                                .url("https://example.org/q\"><script>window.pwned=5</script>"))
                        .entry(entry("<script>window.pwned=6</script>").url("JaVaScRiPt:window.pwned=7")))
                .section(section("Vision")
                        .entry(entry("MedSAM")
                                .venue(Venue.of("Nature Communications"))
                                .year(2024)
                                .url("https://example.org/medsam")
                                .dataset("https://example.org/data")
                                .description("Segments anything.")))
                .section(section("Datasets")
                        .table(table(column("Name"), column("Modality"), column("Link"))
                                .row(
                                        cell("MIMIC-CXR"),
                                        cell("X-ray"),
                                        cell(io.github.awesomedsl.model.Link.dataset("https://example.org/mimic")))
                                .row(
                                        cell("<img src=x onerror=window.pwned=8>"),
                                        cell("CT"),
                                        cell(io.github.awesomedsl.model.Link.dataset("javascript:window.pwned=9")))))
                .build();
    }

    @BeforeAll
    static void start() throws Exception {
        String chromium = onPath("chromium");
        String driver = onPath("chromedriver");
        if (chromium == null || driver == null) {
            String message = "\n!! Chromium or chromium-driver is missing (apt-get install chromium chromium-driver):"
                    + " the site's browser tests are skipped !!\n";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI requires chromium and chromedriver" + message);
            }
            Assumptions.abort("chromium is not installed");
        }
        SiteWriter.write(sample(), Metadata.empty(), folder);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1200,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String onPath(String command) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        return null;
    }

    private static void open(String fragment) {
        browser.get(folder.resolve("index.html").toUri() + fragment);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "true"
                        .equals(((JavascriptExecutor) d)
                                .executeScript("return document.documentElement.getAttribute('data-ready')")));
    }

    private static String count() {
        return browser.findElement(By.id("count")).getText();
    }

    @Test
    void loadsFromFileWithoutAConsoleErrorAndRunsNoEntrysScript() {
        open("");
        assertThat(count()).isEqualTo("8 of 8 entries");
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertThat(problems).as("console").isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned"))
                .isNull();
        assertThat(browser.findElements(By.cssSelector("#results img, #results script")))
                .isEmpty();
        for (WebElement link : browser.findElements(By.cssSelector("#results a"))) {
            assertThat(link.getAttribute("href")).as("every link").matches("(?i)https?://.*");
        }
        // the table rows are entries of the page too
        assertThat(browser.findElement(By.xpath("//li[.//h3[.='MIMIC-CXR']]")).getText())
                .contains("Modality: X-ray");
        WebElement hostile = browser.findElement(By.xpath("//li[.//h3[contains(., 'onerror')]]"));
        assertThat(hostile.findElements(By.tagName("a")))
                .as("a javascript: URL is no link")
                .isEmpty();
        assertThat(hostile.findElements(By.tagName("img"))).isEmpty();
        assertThat(hostile.getText())
                .contains("<img src=x onerror=window.pwned=1>", "</script><script>window.pwned=2</script>");
    }

    @Test
    void searchFiltersAndMarksAndTheUrlKeepsTheState() {
        open("");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("meditron");
        assertThat(count()).isEqualTo("1 of 8 entries");
        assertThat(browser.findElement(By.cssSelector("#results mark")).getText())
                .isEqualToIgnoringCase("meditron");
        assertThat(browser.getCurrentUrl()).endsWith("#q=meditron");
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // as a person empties the field
        assertThat(count()).isEqualTo("8 of 8 entries");
    }

    @Test
    void facetsCountAndFilterAndASharedUrlRestoresTheView() {
        open("");
        WebElement year2023 = browser.findElement(By.cssSelector("#facets input[value='2023']"));
        assertThat(year2023.findElement(By.xpath("..")).getText()).contains("2023 (1)");
        year2023.click();
        assertThat(count()).isEqualTo("1 of 8 entries");
        assertThat(browser.getCurrentUrl()).contains("year=2023");
        open("#has=dataset");
        assertThat(count()).isEqualTo("1 of 8 entries");
        assertThat(browser.findElement(By.cssSelector("#results h3")).getText()).isEqualTo("MedSAM");
        open("#q=model&tag=LFM&sort=year");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("model");
        assertThat(count()).isEqualTo("1 of 8 entries");
    }

    /** axe-core (pinned in tools/npm) finds no accessibility violation of serious or critical impact. */
    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws Exception {
        Path axe = Path.of("../tools/npm/node_modules/axe-core/axe.min.js");
        if (!Files.exists(axe)) {
            String message =
                    "\n!! axe-core is not installed (cd tools/npm && npm ci): the accessibility check is skipped !!\n";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI requires axe-core" + message);
            }
            Assumptions.abort("axe-core is not installed");
        }
        open("#q=model");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(axe));
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + " done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + ".map(function (v) { return v.id + ': ' + v.help; })); }, function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<?>) result).as("serious or critical axe violations").isEmpty();
    }

    @Test
    void aLongListIsDrawnAPageAtATime(@TempDir Path big) throws Exception {
        var tools = section("Tools");
        for (int i = 0; i < 450; i++) {
            tools.entry(entry("Tool " + i).url("https://example.org/" + i).description("Number " + i + "."));
        }
        SiteWriter.write(list("Awesome Many").section(tools).build(), Metadata.empty(), big);
        browser.get(big.resolve("index.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "true"
                        .equals(((JavascriptExecutor) d)
                                .executeScript("return document.documentElement.getAttribute('data-ready')")));
        assertThat(count()).isEqualTo("450 of 450 entries");
        assertThat(browser.findElements(By.cssSelector("#results li"))).hasSize(200);
        browser.findElement(By.id("more")).click();
        assertThat(browser.findElements(By.cssSelector("#results li"))).hasSize(400);
        assertThat(browser.findElement(By.id("more")).getText()).isEqualTo("Show 50 more (50 left)");
        browser.findElement(By.id("more")).click();
        assertThat(browser.findElements(By.cssSelector("#results li"))).hasSize(450);
        assertThat(browser.findElements(By.id("more"))).isEmpty();
    }

    @Test
    void theKeyboardReachesEveryControlAndTheCiteButtonShowsBibtex() {
        open("");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(((JavascriptExecutor) browser).executeScript("return document.activeElement.id"))
                .isEqualTo("q");
        // Tab walks every control of the page, in order, and comes back round
        int controls = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.querySelectorAll('input, select, button, a[href]').length"))
                .intValue();
        java.util.Set<Object> reached = new java.util.HashSet<>();
        for (int i = 0; i < controls + 5; i++) {
            reached.add(
                    ((JavascriptExecutor) browser)
                            .executeScript(
                                    "var e = document.activeElement; return e.tagName + '|' + (e.id || e.value || e.textContent || e.href)"
                                            + " + '|' + Array.prototype.indexOf.call(document.querySelectorAll('input, select, button, a[href]'), e)"));
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(reached.stream()
                        .filter(r -> !String.valueOf(r).endsWith("|-1"))
                        .count())
                .isEqualTo(controls);
        WebElement cite = browser.findElement(By.xpath("//li[.//h3[contains(., 'MEDITRON')]]//button[text()='Cite']"));
        cite.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.xpath("//li[.//h3[contains(., 'MEDITRON')]]//pre"))
                        .getText())
                .startsWith("@misc{meditron2023,")
                .contains("eprint = {2311.16079}");
    }
}
