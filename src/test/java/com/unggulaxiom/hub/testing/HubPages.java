package com.unggulaxiom.hub.testing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/** The hub's pages in a browser, as a person uses them, with the virtual authenticators standing in for devices. */
public final class HubPages {

    private final ChromeDriver browser;
    private final String site;
    private final WebDriverWait wait;

    /** {@code site}: the hub's address as the browser reaches it, e.g. {@code https://hub.unggulaxiom.com}. */
    public HubPages(ChromeDriver browser, String site) {
        this.browser = browser;
        this.site = site.replaceAll("/$", "");
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The account page redraws its list after each change; an element of the old list is simply looked up again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** A platform passkey provider: CTAP2, internal, resident keys, user verification (Face ID, fingerprint). */
    public VirtualAuthenticator platformAuthenticator() {
        return ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    /** An old security key: U2F over USB, no resident keys, no user verification. */
    public VirtualAuthenticator oldSecurityKey() {
        return ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.U2F)
                .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                .setHasResidentKey(false)
                .setHasUserVerification(false)
                .setIsUserConsenting(true));
    }

    /**
     * Takes the passkey provider out of the browser, as a person who does not pick their passkey: Chromium's
     * virtual authenticator answers a pending autofill (conditional) request at once, so while it is present a
     * sign-in page would sign straight back in.
     */
    public List<Credential> putAway(VirtualAuthenticator authenticator) {
        List<Credential> credentials = authenticator.getCredentials();
        ((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
        return credentials;
    }

    /** Brings the passkeys back on a new platform authenticator (the person picks their passkey). */
    public VirtualAuthenticator bringBack(List<Credential> credentials) {
        VirtualAuthenticator authenticator = platformAuthenticator();
        credentials.forEach(authenticator::addCredential);
        return authenticator;
    }

    public void open(String path) {
        browser.get(site + path);
    }

    public String status() {
        return browser.findElement(By.id("status")).getText();
    }

    public void awaitStatus(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    public void awaitAccountPage() {
        wait.until(ExpectedConditions.urlContains("/account.html"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#passkeys li"), 0));
    }

    /** Creates an account with a passkey through the pages; answers the username. */
    public String signUp() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        open("/register.html");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("display-name")).sendKeys("Ada Lovelace");
        browser.findElement(By.id("register-button")).click();
        awaitAccountPage();
        return username;
    }

    /** Signs out from the account page. */
    public void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("reason=signed-out"));
        awaitStatus("You are signed out.");
    }

    /** Signs in with the button (the modal prompt) while the passkeys are away, then the person picks one. */
    public void signInWithThePrompt(String username, List<Credential> passkeys) {
        if (username != null) {
            browser.findElement(By.id("username")).sendKeys(username);
        }
        browser.findElement(By.id("sign-in-button")).click();
        awaitStatus("Follow your device's prompt");
        bringBack(passkeys);
        awaitAccountPage();
    }

    public List<WebElement> passkeys() {
        return browser.findElements(By.cssSelector("#passkeys li"));
    }

    /** The username the account page shows. */
    public String signedInUsername() {
        return browser.findElement(By.id("username")).getText();
    }
}
