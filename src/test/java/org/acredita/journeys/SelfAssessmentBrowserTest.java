package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.AcreditaShell.signOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5 §12: the accreditation manager assigns a chapter, the staff member uploads a proof and sends the
 * standard to review, the advisor comments and approves it, the manager sees the progress and the "would we
 * pass today?" panel change; another agency's manager finds none of it, not even by search.
 */
@AcreditaIntegrationTest
class SelfAssessmentBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    @Autowired
    JdbcClient jdbc;

    private record Target(UUID agency, UUID file, String number, int chapter) {
    }

    /** A mandatory, not time-sensitive standard of the demo police file nobody has worked on. */
    private Target target() {
        UUID police = DemoOrganisations.police(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select fs.file_id, fs.number, fs.chapter from file_standard fs
                  join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where f.agency_id = ? and fs.status = 'NOT_STARTED' and fs.level = 'MANDATORY'
                  and fs.request is null and s.frequency is null
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key desc limit 1""").param(police)
                .query((rs, row) -> new Target(police, rs.getObject("file_id", UUID.class), rs.getString("number"),
                        rs.getInt("chapter"))).single());
    }

    private static int firstNumber(String text) {
        Matcher matcher = FIRST_NUMBER.matcher(text);
        assertTrue(matcher.find(), text);
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void aChapterIsAssignedProvenReviewedAndTheFilesReadinessMoves() {
        Target target = target();
        String fileUrl = "/agencies/" + target.agency() + "/accreditation";
        String standardUrl = "/accreditation-files/" + target.file() + "/standards/" + target.number();
        Page page = browser.page();

        // The manager assigns the chapter to the staff member, with a due date.
        signIn(page, "gerente.policia");
        page.navigate(fileUrl);
        assertThat(page.getByTestId("would-pass-panel")).isVisible();
        int mandatoryBefore = firstNumber(page.getByTestId("mandatory-count").textContent());
        int settledBefore = firstNumber(page.getByTestId("chapter-" + target.chapter()).locator("td").nth(1)
                .textContent());
        page.locator("[data-testid=bulk-assign] summary").click();
        page.locator("#bulk-chapter").selectOption(String.valueOf(target.chapter()));
        page.locator("#bulk-assignee").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Jorge Ramírez Soto"));
        page.locator("#bulk-due").fill(LocalDate.now().plusDays(30).toString());
        page.locator("[data-testid=bulk-assign] button[type=submit]").click();
        assertThat(page.locator(".alert-success")).isVisible();
        browser.screenshot(page, "journey-self-assessment-1-chapter-assigned");
        signOut(page);

        // The staff member uploads a proof (with its progress), starts the standard and sends it to review.
        signIn(page, "personal.policia");
        page.navigate(standardUrl);
        assertThat(page.getByTestId("proofs-panel")).isVisible();
        if (page.locator("[data-testid=proofs-panel] details").first().getAttribute("open") == null) {
            page.locator("[data-testid=proofs-panel] details summary").first().click();
        }
        page.getByTestId("proof-files").setInputFiles(new FilePayload("acta-supervision-quetzalcoatlus.txt",
                "text/plain", ("Acta de supervisión del área de custodia; el supervisor firmó la revisión. "
                        + "Palabra de control: quetzalcoatlus.").getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("proof-upload").click();
        assertThat(page.locator("[data-upload-queue] li[data-state=done]")).hasCount(1);
        assertThat(page.locator("#proof-years [data-testid=proof-title]").first())
                .hasText("acta-supervision-quetzalcoatlus.txt");
        browser.screenshot(page, "journey-self-assessment-2-proof-uploaded");
        page.getByTestId("action-START").click();
        page.getByTestId("action-SUBMIT").click();
        assertThat(page.locator("[data-testid=action-SUBMIT]")).hasCount(0);
        signOut(page);

        // The advisor reads the proof, comments and approves.
        signIn(page, "asesor");
        page.navigate(standardUrl);
        assertThat(page.locator("#proof-years [data-testid=proof-title]").first())
                .hasText("acta-supervision-quetzalcoatlus.txt");
        page.locator("#comment-body").fill("@gerente.policia Revisé el acta: cubre la norma completa.");
        page.locator("#comments-section button[type=submit]").click();
        assertThat(page.getByTestId("comments")).containsText("Revisé el acta");
        page.getByTestId("action-APPROVE").click();
        assertThat(page.locator("[data-testid=action-APPROVE]")).hasCount(0);
        browser.screenshot(page, "journey-self-assessment-3-approved");
        signOut(page);

        // The manager sees the chapter's progress and the mandatory count move.
        signIn(page, "gerente.policia");
        page.navigate(fileUrl);
        assertThat(page.getByTestId("would-pass-panel")).isVisible();
        assertEquals(mandatoryBefore + 1, firstNumber(page.getByTestId("mandatory-count").textContent()));
        assertEquals(settledBefore + 1, firstNumber(page.getByTestId("chapter-" + target.chapter()).locator("td")
                .nth(1).textContent()));
        browser.screenshot(page, "journey-self-assessment-4-manager-sees-progress");
        signOut(page);

        // Another agency's manager finds none of it: not the standard, not the proof, not by search.
        signIn(page, "gerente.c5");
        Response standard = page.navigate(standardUrl);
        assertEquals(404, standard.status());
        Response proofs = page.navigate(standardUrl + "/proofs");
        assertEquals(404, proofs.status());
        page.navigate("/search?q=quetzalcoatlus");
        assertThat(page.locator("main")).not().containsText("quetzalcoatlus.txt");
        assertThat(page.locator("main a[href*='" + target.file() + "']")).hasCount(0);
        signOut(page);

        // Whereas the police manager finds the proof by a word inside it.
        signIn(page, "gerente.policia");
        page.navigate("/search?q=quetzalcoatlus");
        assertThat(page.locator("main a[href*='" + target.file() + "']").first()).isVisible();
        browser.screenshot(page, "journey-self-assessment-5-search");
    }
}
