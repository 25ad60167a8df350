package id.sopflow.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
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
 * The real Camunda Tasklist in the machine's headless Chromium, driven by the machine's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}). Paths are given explicitly so that Selenium Manager never runs:
 * nothing may be downloaded, and the network is closed anyway. Public because every SOP's browser test drives
 * Tasklist with it.
 */
public final class TasklistBrowser implements AutoCloseable {

    // Generous: the suite runs two test classes at a time, and a browser test may share the two CPUs with another
    // class starting its application context. A passing wait returns as soon as its condition holds.
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots and page sources of failed runs; not committed. */
    static final Path EVIDENCE = Path.of("target", "browser");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String tasklistUrl;

    private TasklistBrowser(ChromeDriver driver, Path profile, String tasklistUrl) {
        this.driver = driver;
        this.profile = profile;
        this.tasklistUrl = tasklistUrl;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** @param baseUrl the application, e.g. {@code http://localhost:41234} */
    public static TasklistBrowser open(String baseUrl) {
        // The SOP browser tests read Camunda's own texts in English; sopflow's Indonesian webapps are tested by
        // WebappLanguageBrowserTest with an Indonesian browser.
        return open(baseUrl, "en-US");
    }

    /**
     * @param baseUrl the application, e.g. {@code http://localhost:41234}
     * @param language the browser's language, e.g. {@code id-ID}: the webapps choose their locale from it
     */
    public static TasklistBrowser open(String baseUrl, String language) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("sopflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        // The webapps pick their language from the browser's, whatever the machine's locale.
        options.setExperimentalOption("prefs",
                Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new TasklistBrowser(new ChromeDriver(service, options), profile,
                baseUrl + "/camunda/app/tasklist/default/");
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Signs in through Tasklist's login page and waits until Tasklist shows its header. */
    public void logIn(String user, String password) {
        driver.get(tasklistUrl);
        WebElement username = visible(By.cssSelector("input[ng-model='username']"));
        username.clear();
        username.sendKeys(user);
        WebElement passwordInput = driver.findElement(By.cssSelector("input[type='password']"));
        passwordInput.clear();
        passwordInput.sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        visible(By.cssSelector(".start-process-action"));
    }

    /** Signs out through the account menu in the header and waits for the login page. */
    public void logOut() {
        visible(By.cssSelector("[cam-widget-header] .account .dropdown-toggle, .navbar .account .dropdown-toggle"))
                .click();
        visible(By.cssSelector(".account .logout a, .account a[ng-click='logout()']")).click();
        visible(By.cssSelector("input[ng-model='username']"));
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Clicks through JavaScript: Tasklist's overlays (notifications, modal fades) may lie over a visible element. */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (WebDriverException obscured) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /**
     * Finds and clicks afresh until the click lands: Tasklist re-renders its lists (a poll, the late-card marks),
     * so an element found a moment ago may be gone by the time it is clicked.
     */
    public void click(By locator) {
        new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(current -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(current);
            if (element == null) {
                return false;
            }
            click(element);
            return true;
        });
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Texts of the notifications Tasklist shows at the top (successes and errors). */
    public List<String> notifications() {
        return driver.findElements(By.cssSelector(".notifications .alert, [cam-notifications] .alert")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** Saves a screenshot, the page source and the browser console under {@code target/browser/}. */
    public void saveEvidence(String name) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(file + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(file + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString)
                    .collect(Collectors.joining("\n"));
            Files.writeString(EVIDENCE.resolve(file + ".console.txt"),
                    "URL: " + driver.getCurrentUrl() + "\nNotifications: " + notifications() + "\n\n" + console,
                    StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.err.println("Could not save browser evidence " + file + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete Chromium profile " + profile + ": " + e);
        }
    }
}
