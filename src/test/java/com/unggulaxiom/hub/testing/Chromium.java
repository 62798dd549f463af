package com.unggulaxiom.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: paths set explicitly so that nothing is
 * downloaded, a fresh profile per browser, fixed ports in the tests' range, and no background networking.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int DRIVER_PORT = 18600;
    private static final int DEBUGGING_PORT = 18601;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {
    }

    /**
     * Skips the calling test with one line saying how to install Chromium when it is missing, or fails it when
     * the browser is required (environment {@code AXIOM_BROWSER_TESTS_REQUIRED=true}, as CI runs, or
     * {@code -Dbrowser.required=true}).
     */
    public static void requireInstalled() {
        require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER), "Chromium", "chromium chromium-driver");
    }

    /** Skips, or where the browser tests are required fails, when {@code installed} is false. */
    public static void require(boolean installed, String what, String packages) {
        String install = what + " is not installed: apt-get install -y " + packages;
        boolean required = Boolean.getBoolean("browser.required") || "true".equals(System.getenv("AXIOM_BROWSER_TESTS_REQUIRED"));
        if (!installed && required) {
            Assertions.fail(install);
        }
        Assumptions.assumeTrue(installed, install + " (browser test skipped)");
    }

    /** Starts a browser with a fresh profile under {@code work}, with {@code extraArguments} and {@code environment}. */
    public static ChromeDriver start(Path work, List<String> extraArguments, Map<String, String> environment) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-profile-");
            List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--remote-debugging-port=" + DEBUGGING_PORT,
                    "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900"));
            arguments.addAll(extraArguments);
            ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments(arguments);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingPort(DRIVER_PORT)
                    .withEnvironment(environment)
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the page shows under {@code target/screenshots/<name>-desktop.png} and {@code -phone.png}. */
    public static void screenshots(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension desktop = browser.manage().window().getSize();
            Files.write(SCREENSHOTS.resolve(name + "-desktop.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(390, 844));
            Files.write(SCREENSHOTS.resolve(name + "-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(desktop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
