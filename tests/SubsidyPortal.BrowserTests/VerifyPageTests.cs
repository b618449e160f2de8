using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Application.Documents;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Documents;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// 核验 as anyone holding a printed notice does it: type the code from the foot of the page, read what was issued, then
/// check the PDF received: the issued bytes match, a changed byte does not. Good at both widths, found or not.
/// </summary>
public sealed class VerifyPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_types_the_code_reads_what_was_issued_and_checks_the_file()
    {
        var staffUser = await fixture.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "staff@demo.local"));
        var staff = new Actor(staffUser.Id, staffUser.DisplayName, PortalRoles.CommitteeStaff);
        var applicationId = await fixture.DbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Approved).Select(a => a.Id).FirstAsync());
        var issued = (await fixture.Factory.Services.GetRequiredService<IIssuedDocuments>()
            .IssueAsync(DocumentKind.ApprovalNotice, applicationId, staff, CancellationToken.None))!;

        var page = await fixture.NewPageAsync();
        // In English first (the Chinese page below is the one whose screenshot is kept).
        await page.GotoAsync($"/verify/{issued.Code}?culture=en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Verify an issued document");
        await Assertions.Expect(page.GetByTestId("verified-document")).ToContainTextAsync("Amount awarded");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.GotoAsync("/verify");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("核验签发文件");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Typed as read aloud: lower case, no hyphens.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "验证码" }).FillAsync(issued.Code.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/verify/{issued.Code}$"));
        var shown = page.GetByTestId("verified-document");
        await Assertions.Expect(shown).ToContainTextAsync("立项通知书");
        await Assertions.Expect(page.GetByTestId("file-hash")).ToHaveTextAsync(issued.FileSha256);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.Locator("#f-File").SetInputFilesAsync(new FilePayload { Name = issued.FileName, MimeType = "application/pdf", Buffer = issued.Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "核对" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-result")).ToContainTextAsync("与签发文件一致");

        var changed = issued.Pdf.ToArray();
        changed[changed.Length / 3] ^= 0x01;
        await page.Locator("#f-File").SetInputFilesAsync(new FilePayload { Name = "changed.pdf", MimeType = "application/pdf", Buffer = changed });
        await page.GetByRole(AriaRole.Button, new() { Name = "核对" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("check-result")).ToContainTextAsync("与签发文件不一致");
        await PageChecks.AssertGoodPageAsync(page);

        // A code never issued: a 404 that says so and leads back to the form.
        var response = await page.GotoAsync("/verify/2345-6789-ABCD");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("没有以此验证码签发的文件");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

    }

    [Fact]
    public async Task The_enterprise_and_the_committee_find_the_documents_beside_the_record()
    {
        var clawback = await fixture.DbAsync(db => db.Clawbacks.AsNoTracking().FirstAsync());
        var applicant = await fixture.SignInAsync("applicant2@demo.local");
        await BrowserFixture.GoToAsync(applicant, $"/enterprise/awards/{clawback.AwardId}");
        var downloads = applicant.GetByTestId("document-downloads");
        await Assertions.Expect(downloads.GetByRole(AriaRole.Link, new() { Name = "追回通知书" }))
            .ToHaveAttributeAsync("href", $"/documents/clawback-notice/{clawback.Id}.pdf");
        await Assertions.Expect(downloads.GetByRole(AriaRole.Link, new() { Name = "拨付通知" }).First).ToBeVisibleAsync();
        await PageChecks.AssertGoodAtBothWidthsAsync(applicant);

        var approved = await fixture.DbAsync(db => db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Approved).Select(a => a.Id).FirstAsync());
        var staff = await fixture.SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(staff, $"/committee/applications/{approved}");
        var staffDownloads = staff.GetByTestId("document-downloads");
        foreach (var name in new[] { "申报书", "受理回执", "立项通知书" })
        {
            await Assertions.Expect(staffDownloads.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        }

        await PageChecks.AssertGoodAtBothWidthsAsync(staff);
    }
}
