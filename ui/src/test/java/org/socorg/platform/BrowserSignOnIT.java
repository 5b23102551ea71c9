package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The UI's sign-in and sign-out in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * the Vaadin page's sign-in link, Keycloak's login form (authorization code + PKCE), the signed-in name in the
 * page, and sign-out ending the Keycloak session, which then asks for the password again.
 */
class BrowserSignOnIT extends BrowserSession {

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @Test
    void an_applicant_signs_in_at_keycloak_sees_their_name_and_signs_out_of_keycloak_too() {
        browser.get(url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(SIGN_IN))).click();
        submitLogin("applicant1");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "张三"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));

        wait.until(ExpectedConditions.elementToBeClickable(SIGN_OUT)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(SIGN_IN))).click();
        // Keycloak's session ended with the platform's: it asks for the password again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak().issuer());
    }
}
