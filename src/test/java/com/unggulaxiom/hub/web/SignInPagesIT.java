package com.unggulaxiom.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.Chromium;
import com.unggulaxiom.hub.testing.Http;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.HubDeployment;
import com.unggulaxiom.hub.testing.HubPages;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * The hub's pages in a real Chromium with virtual authenticators: sign up, sign out, sign in (modal prompt and
 * autofill), manage passkeys, an ended session, and an old security key refused while verification is required.
 */
@ExtendWith(ArquillianExtension.class)
class SignInPagesIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;
    private HubPages pages;

    @Deployment(testable = false)
    static WebArchive hub() {
        return HubDeployment.war();
    }

    @BeforeEach
    void openBrowser() {
        Chromium.requireInstalled();
        browser = Chromium.start(Path.of("target/browser"), List.of(), Map.of());
        pages = new HubPages(browser, base.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private int sessionStatusWithoutCookie() {
        return Http.send(Http.request(URI.create(base.toString()), "/api/session").GET().build()).statusCode();
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                // The sign-in page's session check answers 401 when signed out, as intended; a CSP violation or a
                // script error is a failure.
                .filter(entry -> !entry.getMessage().contains("Failed to load resource"))
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void aPersonSignsUpSignsOutAndSignsInWithThePrompt() {
        VirtualAuthenticator device = pages.platformAuthenticator();
        pages.open("/register.html");
        Chromium.screenshots(browser, "register");
        String username = pages.signUp();
        assertTrue(pages.signedInUsername().contains(username));
        assertTrue(browser.findElement(By.id("title")).getText().contains("Ada Lovelace"));
        assertEquals(1, pages.passkeys().size());
        assertTrue(pages.passkeys().getFirst().getText().contains("passkey"));
        Chromium.screenshots(browser, "account");

        List<Credential> passkeys = pages.putAway(device);
        pages.signOut();
        assertEquals(List.of(), browser.manage().getCookies().stream().map(Cookie::getName)
                .filter(HubClient.SESSION_COOKIE::equals).toList(), "the cookie is gone");
        assertEquals(401, sessionStatusWithoutCookie());
        Chromium.screenshots(browser, "sign-in");

        pages.signInWithThePrompt(username, passkeys);
        assertTrue(pages.signedInUsername().contains(username));
        assertNoConsoleErrors();
    }

    @Test
    void aPersonSignsInWithoutTypingAName() {
        VirtualAuthenticator device = pages.platformAuthenticator();
        String username = pages.signUp();
        List<Credential> passkeys = pages.putAway(device);
        pages.signOut();
        // An empty name asks for any passkey of the site (a discoverable credential).
        pages.signInWithThePrompt(null, passkeys);
        assertTrue(pages.signedInUsername().contains(username));
    }

    @Test
    void aPersonSignsInThroughAutofill() {
        VirtualAuthenticator device = pages.platformAuthenticator();
        String username = pages.signUp();
        List<Credential> passkeys = pages.putAway(device);
        pages.signOut();
        // The sign-in page asks for a passkey picked in the username field's autofill (mediation
        // "conditional") as it opens, without any click; Chromium's virtual authenticator picks it.
        pages.bringBack(passkeys);
        pages.open("/");
        pages.awaitAccountPage();
        assertTrue(pages.signedInUsername().contains(username));
    }

    @Test
    void passkeysAreAddedRenamedAndDeletedButNeverTheLast() {
        VirtualAuthenticator first = pages.platformAuthenticator();
        pages.signUp();

        // A second device: the first one holds an excluded credential, so it leaves the browser.
        ((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(first);
        pages.platformAuthenticator();
        browser.findElement(By.id("add-passkey")).click();
        pages.awaitStatus("Passkey added.");
        pages.await().until(driver -> pages.passkeys().size() == 2);

        WebElement second = pages.passkeys().get(1);
        second.findElement(By.cssSelector(".rename-button")).click();
        WebElement label = second.findElement(By.name("label"));
        label.clear();
        label.sendKeys("Work laptop");
        second.findElement(By.cssSelector(".rename button[type=submit]")).click();
        pages.awaitStatus("Passkey renamed.");
        pages.await().until(driver -> pages.passkeys().get(1).getText().contains("Work laptop"));
        Chromium.screenshots(browser, "account-two-passkeys");

        pages.passkeys().getFirst().findElement(By.cssSelector(".delete-button")).click();
        browser.switchTo().alert().accept();
        pages.awaitStatus("Passkey deleted.");
        pages.await().until(driver -> pages.passkeys().size() == 1);
        assertTrue(pages.passkeys().getFirst().getText().contains("Work laptop"), "the renamed one stays");

        pages.passkeys().getFirst().findElement(By.cssSelector(".delete-button")).click();
        browser.switchTo().alert().accept();
        pages.awaitStatus("This is your only passkey");
        assertEquals(1, pages.passkeys().size());
        Chromium.screenshots(browser, "last-passkey-refused");
        assertNoConsoleErrors();
    }

    @Test
    void anEndedSessionReturnsThePageToSignIn() {
        VirtualAuthenticator device = pages.platformAuthenticator();
        pages.signUp();
        pages.putAway(device);
        Cookie session = browser.manage().getCookieNamed(HubClient.SESSION_COOKIE);
        assertTrue(session.isHttpOnly() && session.isSecure());
        assertEquals("Strict", session.getSameSite());
        // The session ends elsewhere (another tab signed out): this page learns it at its next call.
        Http.send(Http.request(URI.create(base.toString()), "/api/session")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .header("Cookie", HubClient.SESSION_COOKIE + "=" + session.getValue()).DELETE().build());
        browser.findElement(By.id("add-passkey")).click();
        pages.await().until(ExpectedConditions.urlContains("reason=ended"));
        pages.awaitStatus("Your session has ended. Please sign in again.");
        Chromium.screenshots(browser, "session-ended");
    }

    @Test
    void anOldSecurityKeyIsRefusedWithAClearMessageWhileVerificationIsRequired() {
        pages.oldSecurityKey();
        pages.open("/register.html");
        browser.findElement(By.id("username")).sendKeys("key-" + UUID.randomUUID().toString().substring(0, 8));
        browser.findElement(By.id("register-button")).click();
        pages.await().until(driver -> !pages.status().isEmpty() && !pages.status().startsWith("Follow"));
        assertTrue(pages.status().contains("cannot make a passkey this site accepts (one that checks your face, fingerprint or PIN)"),
                pages.status());
        assertTrue(browser.getCurrentUrl().endsWith("/register.html"), "still on the page, not signed in");
        Chromium.screenshots(browser, "security-key-refused");
    }
}
