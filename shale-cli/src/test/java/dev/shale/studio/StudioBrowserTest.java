package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in headless Chromium, serving a project with a PostgreSQL environment (changed by hand:
 * a column dropped), a SQLite production environment and one that cannot be reached. Screenshots of
 * each page go to {@code target/studio-screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioBrowserTest {
    private static TestDatabase postgres;
    private static TestDatabase sqlite;
    @TempDir
    static Path project;
    private static Studio studio;
    private static Browser browser;
    private static List<List<String>> postgresBefore;
    private static List<List<String>> sqliteBefore;
    /** Failures the studio reports as bugs in Shale (not database or configuration errors): there must be none. */
    private static final List<RuntimeException> BUGS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void serveAProjectWithADriftedEnvironment() throws Exception {
        postgres = TestDatabase.create(TestDialect.POSTGRES);
        sqlite = TestDatabase.create(TestDialect.SQLITE);
        Map<String, String> environments = new LinkedHashMap<>();
        environments.put("pg", postgres.urlString());
        environments.put("lite", sqlite.urlString());
        environments.put("offline", StudioFixture.UNREACHABLE_URL);
        StudioProject studioProject = StudioFixture.project(project, environments);
        StudioFixture.migrate(project, "pg");
        StudioFixture.migrate(project, "lite");
        StudioFixture.addPendingDrop(project);
        postgres.execute("ALTER TABLE users DROP COLUMN email");
        postgresBefore = StudioFixture.snapshot(postgres);
        sqliteBefore = StudioFixture.snapshot(sqlite);
        studio = Studio.start(studioProject, "127.0.0.1", 0, BUGS::add);
        browser = Browser.start();
    }

    @org.junit.jupiter.api.AfterEach
    void theStudioMetNoBug() {
        assertThat(BUGS).isEmpty();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (studio != null) {
            studio.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (sqlite != null) {
            sqlite.close();
        }
    }

    @Test
    @Order(1)
    void theEnvironmentsPageShowsDriftOnTheEnvironmentChangedByHandOnly() {
        open("/");
        browser.screenshot("environments");

        WebElement pg = card("pg");
        assertThat(pg.getAttribute("class")).contains("status-drifted");
        assertThat(pg.findElement(By.cssSelector(".drift")).getText()).startsWith("yes");
        assertThat(pg.findElement(By.cssSelector(".drift-list")).getText()).contains("column public.users.email");
        assertThat(pg.findElement(By.cssSelector(".version")).getText()).isEqualTo("0002");
        assertThat(pg.findElement(By.cssSelector(".last-applied")).getText()).startsWith("0002 create orders, 20");

        WebElement lite = card("lite");
        assertThat(lite.getAttribute("class")).contains("status-clean");
        assertThat(lite.findElement(By.cssSelector(".drift")).getText()).isEqualTo("no");
        assertThat(lite.findElement(By.cssSelector(".pending")).getText()).isEqualTo("1 (behind)");
        assertThat(lite.findElement(By.cssSelector("h2")).getText()).contains("PROD");
        assertThat(pg.findElement(By.cssSelector("h2")).getText()).doesNotContain("PROD");
    }

    @Test
    @Order(2)
    void anUnreachableEnvironmentShowsItsErrorOnItsCardOnly() {
        open("/");

        WebElement offline = card("offline");
        assertThat(offline.getAttribute("class")).contains("status-unreachable");
        assertThat(offline.findElement(By.cssSelector(".notice-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector(".card .notice-error"))).hasSize(1);
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void theComparePageShowsTheDroppedColumnInRedAndTheCopyButtonPutsTheSqlOnTheClipboard() {
        open("/compare");
        browser.screenshot("compare-empty");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("source"))).selectByValue("pg");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("target")))
                .selectByValue(CompareChoice.MIGRATIONS);
        browser.driver().findElement(By.cssSelector("form.choose button")).click();
        waitFor(By.cssSelector("tr.diff"));
        browser.screenshot("compare");

        WebElement dropped = browser.driver().findElement(By.cssSelector("tr.diff[data-object='column'][data-name='email']"));
        assertThat(dropped.getAttribute("class")).contains("diff-breaking");
        Color colour = Color.fromString(dropped.getCssValue("color"));
        assertThat(colour.getColor().getRed()).isGreaterThan(150);
        assertThat(colour.getColor().getGreen()).isLessThan(80);
        assertThat(dropped.getText()).contains("dropped");

        String sql = browser.driver().findElement(By.id("compare-sql")).getText();
        assertThat(sql).containsIgnoringCase("DROP COLUMN");
        grantClipboard();
        browser.driver().findElement(By.cssSelector("button.copy")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("copy-status")).getAttribute("data-copied")));
        Object clipboard = browser.driver().executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('ERR ' + e); });");
        assertThat(clipboard).isEqualTo(sql);
    }

    @Test
    @Order(4)
    void theFilterHidesAClassificationAndTheReportsDownload() throws Exception {
        open("/compare?source=pg&target=" + CompareChoice.MIGRATIONS);
        WebElement breaking = browser.driver().findElement(By.cssSelector(".filter-toggle[value='breaking']"));
        breaking.click();
        assertThat(browser.driver().findElements(By.cssSelector("tr.diff-breaking"))).allMatch(r -> !r.isDisplayed());
        breaking.click();
        assertThat(browser.driver().findElements(By.cssSelector("tr.diff-breaking"))).anyMatch(WebElement::isDisplayed);

        By sameId = By.cssSelector("section[data-table='public.users'] tr.same[data-name='id']");
        assertThat(browser.driver().findElement(sameId).isDisplayed()).as("same rows hidden by default").isFalse();
        browser.driver().findElement(By.id("differences-only")).click();
        WebElement sameRow = browser.driver().findElement(sameId);
        assertThat(sameRow.isDisplayed()).isTrue();
        assertThat(sameRow.getText()).contains("integer NOT NULL", "same");
        browser.screenshot("compare-everything");
        browser.driver().findElement(By.id("differences-only")).click();

        String link = browser.driver().findElement(By.linkText("Markdown report")).getAttribute("href");
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"compare.md\"");
        assertThat(response.body()).contains("email");
    }

    @Test
    @Order(5)
    void theCopyButtonIsReachableAndUsableByKeyboard() {
        open("/compare?source=pg&target=" + CompareChoice.MIGRATIONS);
        WebElement body = browser.driver().findElement(By.tagName("body"));
        for (int i = 0; i < 40 && !focused().getAttribute("class").contains("copy"); i++) {
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
        }
        assertThat(focused().getText()).isEqualTo("Copy SQL");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("copy-status")).getText().isEmpty());
        assertThat(body.findElement(By.id("copy-status")).getText()).startsWith("SQL");
    }

    @Test
    @Order(6)
    void theSchemaPageDrawsOneNodePerTableAndOneEdgePerForeignKey() {
        open("/schema?env=lite");
        browser.screenshot("schema");

        List<WebElement> nodes = browser.driver().findElements(By.cssSelector("svg.erd g.erd-node"));
        assertThat(nodes).extracting(n -> n.getAttribute("data-table")).containsExactlyInAnyOrder("orders", "users");
        List<WebElement> edges = browser.driver().findElements(By.cssSelector("svg.erd path.erd-edge"));
        assertThat(edges).hasSize(1);
        assertThat(edges.get(0).getAttribute("data-from")).isEqualTo("orders");
        assertThat(edges.get(0).getAttribute("data-to")).isEqualTo("users");
        assertThat(nodes.get(0).getRect().getWidth()).isGreaterThan(100);
        assertThat(browser.driver().findElement(By.id("t-orders")).getText()).contains("user_id", "orders_user_idx");
        assertThat(browser.driver().findElement(By.cssSelector("main h2")).getText()).contains("PROD");
    }

    @Test
    @Order(7)
    void theMigrationsPageShowsStatusPerEnvironmentHighlightedSqlAndRisk() {
        open("/migrations");
        browser.screenshot("migrations");

        String table = browser.driver().findElement(By.cssSelector("table.grid")).getText();
        assertThat(table).contains("0001", "create users", "0002");
        WebElement drop = browser.driver().findElement(By.xpath("//tr[td/a[text()='0003']]"));
        assertThat(drop.getText()).contains("drop order total", "high", "pending");
        assertThat(drop.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("badge-breaking");
        assertThat(browser.driver().findElement(By.id("m-0003")).getText()).contains("DS102");
        assertThat(browser.driver().findElements(By.cssSelector(".sql-keyword"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("m-0001")).getText()).contains("CREATE TABLE users", "DROP TABLE users");
        assertThat(browser.driver().findElements(By.cssSelector("td .badge"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".notice-error")))
                .extracting(WebElement::getText).singleElement().asString().startsWith("offline:");
    }

    @Test
    @Order(8)
    void aProductionEnvironmentIsMarkedOnTheComparePage() {
        open("/compare?source=lite&target=" + CompareChoice.MIGRATIONS);
        assertThat(browser.driver().findElement(By.cssSelector("p.lead")).getText()).contains("lite PROD");
        assertThat(browser.driver().findElement(By.cssSelector("header .prod-list")).getText()).contains("lite");
    }

    @Test
    @Order(9)
    void visitingEveryPageChangedNoDatabase() {
        for (String path : List.of("/", "/migrations", "/compare?source=pg&target=lite", "/schema?env=pg",
                "/schema?env=lite", "/compare/report.html?source=lite&target=pg")) {
            open(path);
        }
        assertThat(StudioFixture.snapshot(postgres)).isEqualTo(postgresBefore);
        assertThat(StudioFixture.snapshot(sqlite)).isEqualTo(sqliteBefore);
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static void open(String path) {
        browser.driver().get(studio.url().resolve(path).toString());
    }

    private static WebElement card(String environment) {
        return browser.driver().findElement(By.cssSelector(".card[data-environment='" + environment + "']"));
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(locator).isEmpty());
    }

    /** Lets the page write and the test read the clipboard, as a person's click would. */
    private static void grantClipboard() {
        String origin = "http://127.0.0.1:" + studio.port();
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }
}
