package dev.retention.projection;

import static dev.retention.projection.Fixtures.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian packages {@code chromium} and {@code chromium-driver}), against a real
 * projection instance fed through the input topics: log in with the key, see the KPIs, charts, cohort table and
 * at-risk list; publish a new warning and see it arrive live and in the list; click through to the customer and see
 * the reasons and the timeline. Screenshots go to {@code target/}.
 */
@KafkaCluster
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class DashboardIT {

  private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final int CUSTOMERS = 12;
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void shouldShowPublishedDataAndClickThroughToACustomer(TestKafka kafka, @TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Debian package 'chromium' is not installed: apt-get install -y chromium");
    assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "Debian package 'chromium-driver' is not installed: apt-get install -y chromium-driver");
    TestCluster.createTopics(kafka);
    DemoData.produce(kafka, CUSTOMERS);
    try (ProjectionServer server = TestCluster.start(kafka, kafka.uniqueApplicationId("dashboard"),
        dir.resolve("state"), TestCluster.keyFile(dir))) {
      WebDriver browser = browser();
      try {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(server.httpUri().toString());
        browser.findElement(By.id("api-key")).sendKeys(TestCluster.KEY);
        browser.findElement(By.id("login")).click();

        // reload until the topology has caught up with every produced record (the page does not poll)
        wait.until(b -> {
          b.navigate().refresh();
          try {
            new WebDriverWait(b, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#kpi-open-warnings .value"), String.valueOf(CUSTOMERS / 4)));
            return b.findElement(By.cssSelector("#kpi-customers .value")).getText().equals(
                String.valueOf(CUSTOMERS))
                && b.findElement(By.cssSelector("#kpi-revenue .value")).getText().equals(String.valueOf(CUSTOMERS * 150))
                && b.findElements(By.cssSelector("#at-risk-table tbody tr")).size()
                == CUSTOMERS / 4;
          } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
            return false;
          }
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cohort-table tr[data-cohort='2026-07']")));
        Object tierCounts = ((JavascriptExecutor) browser).executeScript(
            "return Chart.getChart('tier-chart').data.datasets[0].data");
        assertThat((List<?>) tierCounts).extracting(Object::toString).containsExactly("4", "4", "4");
        assertThat((List<?>) ((JavascriptExecutor) browser).executeScript(
            "return Chart.getChart('tier-chart').data.labels")).extracting(Object::toString)
            .containsExactly("HIGH", "MEDIUM", "LOW");
        screenshot(browser, "dashboard-overview.png");

        publishWarningFor(kafka, "cust-900");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-warnings"), "cust-900"));
        wait.until(b -> {
          b.findElement(By.cssSelector("#segment-form button")).click();
          return new WebDriverWait(b, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
              By.linkText("cust-900")));
        }).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "cust-900"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reasons"), "Complaint not answered"));
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Complaint opened k-900");
        assertThat(browser.findElement(By.id("complaints")).getText()).contains("k-900");
        screenshot(browser, "dashboard-customer.png");
      } finally {
        browser.quit();
      }
    }
  }

  private static void publishWarningFor(TestKafka kafka, String id) {
    CloudEvent purchase = Fixtures.purchase(id + "-p1", id, days(2), "900", OrderKind.ORDER);
    CloudEvent complaint = Fixtures.complaint(id + "-c1", id, days(20), "k-900");
    CustomerValue value = Fixtures.value(id, ValueTier.HIGH, LifecycleStage.AT_RISK, 1, "900", days(21), "books");
    RiskReason reason = Fixtures.reason(RiskSignal.COMPLAINT_RESPONSE_OVERDUE, 60,
        "Complaint not answered within 24 h", id + "-c1");
    ChurnRisk risk = Fixtures.risk(id, RiskLevel.HIGH, 60, days(22), reason);
    ChurnWarning warning = Fixtures.raised(id, "w-" + id, days(22), reason);
    DemoData.produce(kafka, Topics.INTERACTIONS, List.of(TimedRecord.of(id, purchase, days(2)),
        TimedRecord.of(id, complaint, days(20))));
    DemoData.produce(kafka, Topics.CUSTOMER_VALUE, List.of(TimedRecord.of(id, value, days(21))));
    DemoData.produce(kafka, Topics.CHURN_RISK, List.of(TimedRecord.of(id, risk, days(22))));
    DemoData.produce(kafka, Topics.CHURN_WARNINGS, List.of(TimedRecord.of(id, warning, days(22))));
  }

  private static WebDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1800");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static void screenshot(WebDriver browser, String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
