using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Documents;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Documents;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Documents;

/// <summary>
/// Issue 14 point 2: each of the five documents, generated from the demo's seeded records, is read back from the PDF
/// (pdftotext, poppler-utils) and names its recipient, its amounts as formatted and its 验证码; the code verifies, the
/// same bytes match and one changed byte does not; a second (or racing) issue returns the first document.
/// </summary>
public sealed class IssuedDocumentTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IIssuedDocuments Documents => fixture.Factory.Services.GetRequiredService<IIssuedDocuments>();

    private IDocumentVerification Verification => fixture.Factory.Services.GetRequiredService<IDocumentVerification>();

    private static string Yuan(decimal amount)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return MoneyText.Yuan(amount);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The PDF's text as poppler reads it.</summary>
    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"issued-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils)");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<(SubsidyApplication Application, string EnterpriseName, string Uscc)> ApprovedAsync() =>
        await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var application = await db.Applications.AsNoTracking().Include(a => a.Materials)
                .OrderBy(a => a.ReferenceNumber)
                .FirstAsync(a => a.Status == ApplicationStatus.Approved && db.Awards.Any(w => w.ApplicationId == a.Id));
            var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == application.EnterpriseId);
            return (application, enterprise.Name, enterprise.Uscc.ToString());
        });

    /// <summary>The code verifies, names the recipient, and its file hash is the file's; one changed byte does not match.</summary>
    private async Task AssertVerifiesAsync(IssuedFile file, string recipient)
    {
        // With SUBSIDYPORTAL_SHOTS set, each document is kept there to be looked at (pdftoppm -png -r 60).
        if (Environment.GetEnvironmentVariable("SUBSIDYPORTAL_SHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{file.Kind.Slug()}.pdf"), file.Pdf);
        }

        var verified = await Verification.VerifyAsync(file.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), CancellationToken.None);
        Assert.NotNull(verified);
        Assert.Equal(file.Code, verified!.Code);
        Assert.Equal(file.Kind, verified.Kind);
        Assert.Equal(recipient, verified.RecipientName);
        Assert.True(verified.Matches(DocumentHashes.Sha256(file.Pdf)));
        var changed = file.Pdf.ToArray();
        changed[changed.Length / 2] ^= 0x01;
        Assert.False(verified.Matches(DocumentHashes.Sha256(changed)));
        // The content hash printed on the page is the one recorded.
        Assert.Contains(verified.ContentSha256, await PdfTextAsync(file.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_form_receipt_and_approval_notice_read_back_with_the_enterprise_amount_and_code()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var (application, name, uscc) = await ApprovedAsync();

        var form = (await Documents.IssueAsync(DocumentKind.ApplicationForm, application.Id, staff, CancellationToken.None))!;
        var text = await PdfTextAsync(form.Pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(form.Pdf, 0, 5), StringComparison.Ordinal);
        foreach (var expected in new[] { "申报书", name, uscc, form.Code, application.ReferenceNumber, application.ProjectName, "守信承诺", "盖章", "/verify/" + form.Code })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Materials by name, facts with their labels (and money as 元 to the fen).
        foreach (var material in application.Materials)
        {
            Assert.Contains(material.ItemName, text, StringComparison.Ordinal);
        }

        if (application.EvaluatedAmount is { } evaluated)
        {
            Assert.Contains(Yuan(evaluated), text, StringComparison.Ordinal);
        }

        await AssertVerifiesAsync(form, name);

        var receipt = (await Documents.IssueAsync(DocumentKind.AcceptanceReceipt, application.Id, staff, CancellationToken.None))!;
        var receiptText = await PdfTextAsync(receipt.Pdf);
        Assert.Contains("受理回执", receiptText, StringComparison.Ordinal);
        Assert.Contains(name, receiptText, StringComparison.Ordinal);
        Assert.Contains(receipt.Code, receiptText, StringComparison.Ordinal);
        Assert.Contains(application.ReferenceNumber, receiptText, StringComparison.Ordinal);
        Assert.NotEqual(form.Code, receipt.Code);
        await AssertVerifiesAsync(receipt, name);

        var notice = (await Documents.IssueAsync(DocumentKind.ApprovalNotice, application.Id, staff, CancellationToken.None))!;
        var noticeText = await PdfTextAsync(notice.Pdf);
        Assert.Contains("立项通知书", noticeText, StringComparison.Ordinal);
        Assert.Contains(name, noticeText, StringComparison.Ordinal);
        Assert.Contains(Yuan(application.ApprovedAmount!.Value), noticeText, StringComparison.Ordinal);
        Assert.Contains(notice.Code, noticeText, StringComparison.Ordinal);
        await AssertVerifiesAsync(notice, name);

        // The 立项通知书's public summary is what the notice published: the approved amount among it.
        var verified = (await Verification.VerifyAsync(notice.Code, CancellationToken.None))!;
        Assert.Contains(verified.Summary, l => l.Value == Yuan(application.ApprovedAmount!.Value));
    }

    [Fact]
    public async Task The_payment_and_claw_back_notices_read_back_with_the_recipient_amount_and_code()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var payment = await Demo.WithDbAsync(fixture.Factory, db => db.Payments.AsNoTracking().OrderBy(p => p.RecordedAt).FirstAsync());
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == payment.AwardId));

        var paid = (await Documents.IssueAsync(DocumentKind.PaymentNotice, payment.TrancheId, staff, CancellationToken.None))!;
        var text = await PdfTextAsync(paid.Pdf);
        foreach (var expected in new[] { "拨付通知", award.RecipientName, award.Uscc, award.AwardNumber, Yuan(payment.Amount), PortalTime.Date(payment.PaidOn), paid.Code })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        await AssertVerifiesAsync(paid, award.RecipientName);
        // Payments are not published: the public summary says what and to whom, never the amount.
        var verified = (await Verification.VerifyAsync(paid.Code, CancellationToken.None))!;
        Assert.DoesNotContain(verified.Summary, l => l.Value.Contains("元", StringComparison.Ordinal));

        var clawback = await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AsNoTracking().FirstAsync());
        var revoked = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == clawback.AwardId));
        var demand = (await Documents.IssueAsync(DocumentKind.ClawbackNotice, clawback.Id, staff, CancellationToken.None))!;
        var demandText = await PdfTextAsync(demand.Pdf);
        foreach (var expected in new[] { "追回通知书", revoked.RecipientName, revoked.AwardNumber, Yuan(clawback.AmountDue), demand.Code })
        {
            Assert.Contains(expected, demandText, StringComparison.Ordinal);
        }

        await AssertVerifiesAsync(demand, revoked.RecipientName);
    }

    [Fact]
    public async Task A_document_is_issued_once_even_when_two_ask_at_the_same_moment()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var clawback = await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AsNoTracking().Select(c => c.Id).FirstAsync());
        var payments = await Demo.WithDbAsync(fixture.Factory, db => db.Payments.AsNoTracking().Select(p => p.TrancheId).ToListAsync());
        var subject = payments.Last();

        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Documents.IssueAsync(DocumentKind.PaymentNotice, subject, staff, CancellationToken.None)));
        Assert.Single(racing.Select(f => f!.Code).Distinct());
        var again = (await Documents.IssueAsync(DocumentKind.PaymentNotice, subject, staff, CancellationToken.None))!;
        Assert.Equal(racing[0]!.Code, again.Code);
        Assert.Equal(racing[0]!.Pdf, again.Pdf);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.IssuedDocuments.CountAsync(d => d.Kind == DocumentKind.PaymentNotice && d.SubjectId == subject)));

        // A subject of the wrong kind is nothing to issue.
        Assert.Null(await Documents.IssueAsync(DocumentKind.PaymentNotice, clawback, staff, CancellationToken.None));
        Assert.Null(await Verification.VerifyAsync("2345-6789-ABCD", CancellationToken.None));
        Assert.Null(await Verification.VerifyAsync("not a code", CancellationToken.None));
    }

    [Fact]
    public async Task The_enterprise_and_staff_download_it_anyone_else_is_told_not_found()
    {
        // A filing of the demo applicant's enterprise that is past submission (the approved demo filing's enterprise
        // has no account).
        var enterprise = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().OrderBy(a => a.ReferenceNumber)
            .FirstAsync(a => a.EnterpriseId == enterprise && a.SubmittedAt != null && a.FactsSnapshot != null
                             && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.ReturnedForCorrection));
        var name = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.Name).SingleAsync());
        const string owner = Demo.Applicant;
        const string other = Demo.OtherApplicant;
        var url = $"/documents/{DocumentKind.ApplicationForm.Slug()}/{application.Id}.pdf";

        using var own = await PortalClient.SignedInAsync(fixture.Factory, owner);
        var response = await own.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Contains(name, await PdfTextAsync(bytes), StringComparison.Ordinal);

        // The enterprise's page links it; staff download the very same file.
        var page = await own.GetPageAsync($"/enterprise/applications/{application.Id}");
        Assert.NotNull(page.QuerySelector($"[data-testid=document-downloads] a[href='{url}']"));
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        Assert.Equal(bytes, await staff.Http.GetByteArrayAsync(url));

        foreach (var outsider in new[] { other, Demo.Expert, Demo.Town })
        {
            using var client = await PortalClient.SignedInAsync(fixture.Factory, outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }

        using var anonymous = PortalClient.For(fixture.Factory);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Http.GetAsync(url)).StatusCode);

        // The money notices: the 金山 enterprise (applicant2) reads its 追回通知书 on its award page; the other does not.
        var clawback = await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AsNoTracking().FirstAsync());
        var clawbackOwner = await Demo.WithDbAsync(fixture.Factory, db => db.Users.Where(u => u.EnterpriseId == clawback.EnterpriseId).Select(u => u.Email!).FirstAsync());
        var clawbackUrl = $"/documents/{DocumentKind.ClawbackNotice.Slug()}/{clawback.Id}.pdf";
        using (var holder = await PortalClient.SignedInAsync(fixture.Factory, clawbackOwner))
        {
            var awardPage = await holder.GetPageAsync($"/enterprise/awards/{clawback.AwardId}");
            Assert.NotNull(awardPage.QuerySelector($"[data-testid=document-downloads] a[href='{clawbackUrl}']"));
            Assert.Equal(HttpStatusCode.OK, (await holder.Http.GetAsync(clawbackUrl)).StatusCode);
        }

        using (var notHolder = await PortalClient.SignedInAsync(fixture.Factory, clawbackOwner == Demo.Applicant ? Demo.OtherApplicant : Demo.Applicant))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await notHolder.Http.GetAsync(clawbackUrl)).StatusCode);
        }

        using (var finance = await PortalClient.SignedInAsync(fixture.Factory, "finance@demo.local"))
        {
            Assert.Equal(HttpStatusCode.OK, (await finance.Http.GetAsync(clawbackUrl)).StatusCode);
            // Finance staff have no business with an application form.
            Assert.Equal(HttpStatusCode.NotFound, (await finance.Http.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await own.Http.GetAsync($"/documents/no-such-kind/{application.Id}.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_public_verify_page_shows_what_was_issued_and_checks_a_file()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var (application, name, uscc) = await ApprovedAsync();
        var file = (await Documents.IssueAsync(DocumentKind.AcceptanceReceipt, application.Id, staff, CancellationToken.None))!;
        using var anonymous = PortalClient.For(fixture.Factory);

        var page = await anonymous.GetPageAsync($"/verify/{file.Code}");
        var shown = page.QuerySelector("[data-testid=verified-document]");
        Assert.NotNull(shown);
        Assert.Contains(name, shown!.TextContent, StringComparison.Ordinal);
        Assert.Contains(file.FileSha256, shown.TextContent, StringComparison.Ordinal);
        // Never more than the notice publishes: not the credit code, not the project.
        Assert.DoesNotContain(uscc, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(application.ProjectName, page.Body.TextContent, StringComparison.Ordinal);

        var sameResponse = await anonymous.UploadAsync($"/verify/{file.Code}", "check", new Dictionary<string, string>(), "file", "receipt.pdf", file.Pdf);
        var same = await PortalClient.ParseAsync(sameResponse);
        Assert.Contains("与签发文件一致", same.QuerySelector("[data-testid=check-result]")!.TextContent, StringComparison.Ordinal);
        var changed = file.Pdf.ToArray();
        changed[^10] ^= 0x20;
        var different = await PortalClient.ParseAsync(await anonymous.UploadAsync($"/verify/{file.Code}", "check", new Dictionary<string, string>(), "file", "receipt.pdf", changed));
        Assert.Contains("与签发文件不一致", different.QuerySelector("[data-testid=check-result]")!.TextContent, StringComparison.Ordinal);
        var pasted = await PortalClient.ParseAsync(await anonymous.SubmitAsync($"/verify/{file.Code}", "check", new Dictionary<string, string> { ["Sha256"] = file.FileSha256.ToUpperInvariant() }));
        Assert.Contains("与签发文件一致", pasted.QuerySelector("[data-testid=check-result]")!.TextContent, StringComparison.Ordinal);

        // The lookup form's code, typed loosely, goes to the code's page; an unknown code is 404 with one sentence.
        var typed = await anonymous.Http.GetAsync($"/verify?code={Uri.EscapeDataString(file.Code.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal))}");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.EndsWith($"/verify/{file.Code}", typed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var unknown = await anonymous.Http.GetAsync("/verify/2345-6789-ABCD");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var unknownPage = await PortalClient.ParseAsync(unknown);
        Assert.NotNull(unknownPage.QuerySelector("[data-testid=verify-unknown]"));
        Assert.Contains("没有以此验证码签发的文件", unknownPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(unknownPage.QuerySelector("[data-testid=verified-document]"));
    }
}
