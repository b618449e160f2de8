using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Documents;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Documents;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Documents;

/// <summary>
/// <see cref="IIssuedDocuments"/> and <see cref="IDocumentVerification"/>. A document is written from what the record
/// fixed (the application's submitted facts and materials, the approved amount, the payment and its batch line, the
/// claw-back), stored with its bytes and hashes, and from then on served as stored. Who may download: the enterprise
/// itself and committee staff (finance staff too for 拨付通知 and 追回通知书), each only what it may already see; the
/// authority filters apply to every subject read here.
/// </summary>
public sealed class IssuedDocumentService(PortalDbContext db, IClock clock, ApplicationQueries queries, IOptions<DocumentOptions> options)
    : IIssuedDocuments, IDocumentVerification
{
    /// <summary>The 守信承诺 the applicant gave at submission, as the filing page words it (WorkflowResource Pledge.Text).</summary>
    internal const string PledgeText =
        "本单位承诺：所填报信息和提交的材料真实、准确、完整，无虚报、瞒报；如有不实，自愿承担相应法律责任，并接受取消支持资格、收回已拨付资金及记入信用记录等处理。";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly JsonSerializerOptions SummaryJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<IssuedFile?> IssueAsync(DocumentKind kind, Guid subjectId, Actor actor, CancellationToken cancellationToken)
    {
        if (!MayDownload(kind, actor) || await SubjectAsync(kind, subjectId, actor, cancellationToken) is not { } subject)
        {
            return null;
        }

        for (var attempt = 0; ; attempt++)
        {
            if (await FindAsync(kind, subjectId, subject.Edition, cancellationToken) is { } issued)
            {
                return FileOf(issued);
            }

            var document = Write(kind, subjectId, subject);
            db.IssuedDocuments.Add(document);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return FileOf(document);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < 2)
            {
                // Issued by a racing request a moment ago (read it above), or, once in 10^17, a code taken: write again.
                db.Entry(document).State = EntityState.Detached;
            }
        }
    }

    public async Task<IReadOnlyList<DocumentLink>> AvailableAsync(Guid? applicationId, Guid? awardId, Actor actor, CancellationToken cancellationToken)
    {
        var links = new List<DocumentLink>();
        if (applicationId is { } id && MayDownload(DocumentKind.ApplicationForm, actor)
            && await queries.VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application)
        {
            if (Submitted(application))
            {
                links.Add(new DocumentLink(DocumentKind.ApplicationForm, id, null));
                links.Add(new DocumentLink(DocumentKind.AcceptanceReceipt, id, null));
            }

            if (application.ApprovedAt is not null)
            {
                links.Add(new DocumentLink(DocumentKind.ApprovalNotice, id, null));
            }
        }

        if (awardId is { } award && MayDownload(DocumentKind.PaymentNotice, actor) && await AwardAsync(award, actor, cancellationToken) is not null)
        {
            var paid = await db.Payments.AsNoTracking().Where(p => p.AwardId == award)
                .Join(db.AwardTranches, p => p.TrancheId, t => t.Id, (p, t) => new { p.TrancheId, t.Sequence, t.Label })
                .OrderBy(x => x.Sequence).ToListAsync(cancellationToken);
            links.AddRange(paid.Select(p => new DocumentLink(DocumentKind.PaymentNotice, p.TrancheId, p.Label)));
            var clawbacks = await db.Clawbacks.AsNoTracking().Where(c => c.AwardId == award).OrderBy(c => c.OpenedAt).Select(c => c.Id).ToListAsync(cancellationToken);
            links.AddRange(clawbacks.Select(c => new DocumentLink(DocumentKind.ClawbackNotice, c, null)));
        }

        return links;
    }

    public async Task<VerifiedDocument?> VerifyAsync(string code, CancellationToken cancellationToken)
    {
        if (VerificationCode.Normalise(code) is not { } normalised)
        {
            return null;
        }

        var found = await db.IssuedDocuments.AsNoTracking().Where(d => d.Code == normalised)
            .Select(d => new { d.Code, d.Kind, d.IssuedAt, d.AuthorityId, d.RecipientName, d.PublicSummary, d.ContentSha256, d.FileSha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var summary = JsonSerializer.Deserialize<List<SummaryLine>>(found.PublicSummary, SummaryJson) ?? [];
        return new VerifiedDocument(found.Code, found.Kind, found.IssuedAt, IssuerName(found.AuthorityId), found.RecipientName, summary, found.ContentSha256, found.FileSha256);
    }

    private static bool MayDownload(DocumentKind kind, Actor actor) => actor.Role switch
    {
        PortalRoles.Applicant => actor.EnterpriseId is not null,
        PortalRoles.CommitteeStaff => true,
        PortalRoles.FinanceStaff => kind is DocumentKind.PaymentNotice or DocumentKind.ClawbackNotice,
        _ => false,
    };

    private static bool Submitted(SubsidyApplication application) =>
        application.SubmittedAt is not null && application.FactsSnapshot is not null
        && application.Status is not (ApplicationStatus.Draft or ApplicationStatus.ReturnedForCorrection);

    private Task<IssuedDocument?> FindAsync(DocumentKind kind, Guid subjectId, string edition, CancellationToken cancellationToken) =>
        db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId && d.Edition == edition, cancellationToken);

    private static IssuedFile FileOf(IssuedDocument document) =>
        new(document.Code, document.Kind, document.Pdf, $"{document.Kind.TitleZh()}-{document.RecipientName}-{document.Code}.pdf", document.FileSha256);

    private async Task<Award?> AwardAsync(Guid awardId, Actor actor, CancellationToken cancellationToken)
    {
        var award = await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return award is not null && (actor.Role != PortalRoles.Applicant || award.EnterpriseId == actor.EnterpriseId) ? award : null;
    }

    private static string IssuerName(string authorityId) => AdministeringAuthorities.Find(authorityId)?.NameZh ?? authorityId;

    private IssuedDocument Write(DocumentKind kind, Guid subjectId, Subject subject)
    {
        DocumentFont.Ensure(options.Value.FontFile);
        var now = clock.Now;
        var code = VerificationCode.New();
        var content = subject.Content(PortalTime.Date(PortalTime.DayOf(now)));
        var contentHash = content.ContentSha256();
        var pdf = DocumentPdf.Render(content, code, contentHash, options.Value.VerifyUrl(code));
        return new IssuedDocument(
            code, kind, subjectId, subject.Edition, subject.AuthorityId, subject.EnterpriseId, content.RecipientName, content.RecipientUscc, now,
            contentHash, pdf, DocumentHashes.Sha256(pdf), JsonSerializer.Serialize(subject.PublicSummary, SummaryJson));
    }

    /// <summary>What a document is written from: fixed when the subject is read, laid out when issued.</summary>
    private sealed record Subject(string Edition, string AuthorityId, Guid EnterpriseId, IReadOnlyList<SummaryLine> PublicSummary, Func<string, DocumentContent> Content);

    private async Task<Subject?> SubjectAsync(DocumentKind kind, Guid subjectId, Actor actor, CancellationToken cancellationToken) => kind switch
    {
        DocumentKind.ApplicationForm or DocumentKind.AcceptanceReceipt or DocumentKind.ApprovalNotice => await ApplicationSubjectAsync(kind, subjectId, actor, cancellationToken),
        DocumentKind.PaymentNotice => await PaymentSubjectAsync(subjectId, actor, cancellationToken),
        DocumentKind.ClawbackNotice => await ClawbackSubjectAsync(subjectId, actor, cancellationToken),
        _ => null,
    };

    private async Task<Subject?> ApplicationSubjectAsync(DocumentKind kind, Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        var application = await queries.FindAsync(applicationId, actor, cancellationToken);
        if (application is null || !Submitted(application) || PolicyCatalog.Find(application.ClauseId) is not { } clause)
        {
            return null;
        }

        var approved = kind == DocumentKind.ApprovalNotice;
        if (approved && (application.ApprovedAt is null || application.ApprovedAmount is null))
        {
            return null;
        }

        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == application.EnterpriseId)
            .Select(e => new { e.Name, e.Uscc }).SingleAsync(cancellationToken);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.TitleZh).SingleAsync(cancellationToken);
        var authority = AdministeringAuthorities.Of(clause.Policy.Id);
        var recipient = (Name: enterprise.Name, Uscc: enterprise.Uscc.ToString());
        var clauseLine = $"{clause.Policy.DocumentNumber} {clause.Article} {clause.TitleZh}";

        if (!approved)
        {
            // 申报书 and 受理回执 belong to one submission: a corrected and re-submitted filing gets its own.
            var edition = application.SubmittedAt!.Value.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture);
            var summary = new List<SummaryLine> { new("文件", kind.TitleZh()), new("申报单位", recipient.Name) };
            return new Subject(edition, authority.Id, application.EnterpriseId, summary, issuedOn => InChinese(() => kind == DocumentKind.ApplicationForm
                ? ApplicationForm(application, clause, clauseLine, call, authority, recipient, issuedOn)
                : AcceptanceReceipt(application, clauseLine, call, authority, recipient, issuedOn)));
        }

        // The 立项通知书's public summary is what the notice published about this application, and only that.
        var award = await db.Awards.AsNoTracking().Include(a => a.Tranches).SingleOrDefaultAsync(a => a.ApplicationId == application.Id, cancellationToken);
        if (award is not null)
        {
            recipient = (award.RecipientName, award.Uscc);
        }

        var published = await db.PublicNoticeEntries.AsNoTracking().IgnoreQueryFilters().Where(e => e.ApplicationId == application.Id)
            .OrderByDescending(e => e.ListedAt).FirstOrDefaultAsync(cancellationToken);
        var approvedSummary = new List<SummaryLine> { new("文件", kind.TitleZh()) };
        if (published is not null)
        {
            approvedSummary.Add(new SummaryLine("申报单位", published.EnterpriseName));
            approvedSummary.Add(new SummaryLine("项目名称", published.ProjectName));
            if (published.Amount is { } amount && amount == application.ApprovedAmount)
            {
                approvedSummary.Add(new SummaryLine("资助金额", Yuan(amount)));
            }
        }
        else
        {
            approvedSummary.Add(new SummaryLine("申报单位", recipient.Name));
        }

        return new Subject(string.Empty, authority.Id, application.EnterpriseId, approvedSummary,
            issuedOn => InChinese(() => ApprovalNotice(application, award, clauseLine, authority, recipient, issuedOn)));
    }

    private async Task<Subject?> PaymentSubjectAsync(Guid trancheId, Actor actor, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.TrancheId == trancheId, cancellationToken);
        if (payment is null || await AwardAsync(payment.AwardId, actor, cancellationToken) is not { } award)
        {
            return null;
        }

        var tranche = await db.AwardTranches.AsNoTracking().SingleAsync(t => t.Id == trancheId, cancellationToken);
        var line = await db.DisbursementLines.AsNoTracking().SingleAsync(l => l.Id == payment.LineId, cancellationToken);
        var batch = await db.DisbursementBatches.AsNoTracking().Where(b => b.Id == payment.BatchId).Select(b => b.BatchNumber).SingleAsync(cancellationToken);
        var authority = AdministeringAuthorities.Of(award.PolicyId);
        var summary = new List<SummaryLine> { new("文件", DocumentKind.PaymentNotice.TitleZh()), new("收款单位", award.RecipientName) };
        return new Subject(string.Empty, authority.Id, award.EnterpriseId, summary, issuedOn => InChinese(() => new DocumentContent(
            DocumentKind.PaymentNotice, authority.NameZh, award.RecipientName, award.Uscc, issuedOn,
            [
                new DocumentParagraph($"{award.RecipientName}："),
                new DocumentParagraph($"你单位“{award.ProjectName}”项目（资助编号 {award.AwardNumber}）的资助资金{tranche.Label}已拨付，详情如下。"),
                new DocumentField("资助编号", award.AwardNumber),
                new DocumentField("项目名称", award.ProjectName),
                new DocumentField("资助总额", Yuan(award.Amount)),
                new DocumentField("本次拨付", tranche.Label),
                new DocumentField("拨付金额", Yuan(payment.Amount)),
                new DocumentField("拨付日期", PortalTime.Date(payment.PaidOn)),
                new DocumentField("拨付批次", batch),
                new DocumentField("收款账户", $"{line.BankName} {BankAccount.Mask(line.BankAccountNumber)}"),
                new DocumentField("支付凭证号", payment.Reference),
                new DocumentParagraph("请核对到账情况，并按资助协议使用资金、按时报送项目进展和资金使用情况。"),
                new DocumentSealBox($"{authority.NameZh}（盖章）", issuedOn),
            ])));
    }

    private async Task<Subject?> ClawbackSubjectAsync(Guid clawbackId, Actor actor, CancellationToken cancellationToken)
    {
        var clawback = await db.Clawbacks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clawbackId, cancellationToken);
        if (clawback is null || await AwardAsync(clawback.AwardId, actor, cancellationToken) is not { } award)
        {
            return null;
        }

        var authority = AdministeringAuthorities.Of(award.PolicyId);
        var summary = new List<SummaryLine> { new("文件", DocumentKind.ClawbackNotice.TitleZh()), new("收件单位", award.RecipientName) };
        return new Subject(string.Empty, authority.Id, award.EnterpriseId, summary, issuedOn => InChinese(() => new DocumentContent(
            DocumentKind.ClawbackNotice, authority.NameZh, award.RecipientName, award.Uscc, issuedOn,
            [
                new DocumentParagraph($"{award.RecipientName}："),
                new DocumentParagraph($"你单位“{award.ProjectName}”项目（资助编号 {award.AwardNumber}）已于 {(award.RevokedAt is { } at ? PortalTime.Date(PortalTime.DayOf(at)) : "—")} 撤销，不再拨付其余资金；已拨付的资金应予收回。"),
                new DocumentField("资助编号", award.AwardNumber),
                new DocumentField("项目名称", award.ProjectName),
                new DocumentField("撤销依据", award.RevocationGround is { } ground ? GroundZh(ground) : "—"),
                new DocumentField("撤销说明", string.IsNullOrWhiteSpace(award.RevocationNote) ? "—" : award.RevocationNote),
                new DocumentField("应缴回金额", Yuan(clawback.AmountDue)),
                new DocumentField("追回开始日期", PortalTime.Date(PortalTime.DayOf(clawback.OpenedAt))),
                new DocumentParagraph("依据 金科〔2025〕25 号 关于项目管理有关要求 四、项目撤销，请按区主管部门的要求将上述资金缴回，并注明资助编号。"),
                new DocumentSealBox($"{authority.NameZh}（盖章）", issuedOn),
            ])));
    }

    private static DocumentContent ApplicationForm(
        SubsidyApplication application, Clause clause, string clauseLine, string call, AdministeringAuthority authority, (string Name, string Uscc) recipient, string issuedOn)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentField("申报编号", application.ReferenceNumber),
            new DocumentField("项目名称", application.ProjectName),
            new DocumentField("申报条款", clauseLine),
            new DocumentField("申报批次", call),
            new DocumentField("提交时间", PortalTime.Moment(application.SubmittedAt!.Value)),
            new DocumentHeading("一、申报信息"),
        };
        var facts = ApplicationViews.FactsOf(clause, application.FactsSnapshot);
        blocks.AddRange(facts.Select(f => new DocumentField(f.Input.LabelZh, WithUnit(f.Input, FactText.Format(f.Input, f.Value)))));
        if (facts.Count == 0)
        {
            blocks.Add(new DocumentParagraph("（本条款无需填报的事项）"));
        }

        if (application.EvaluatedAmount is { } evaluated)
        {
            blocks.Add(new DocumentField("按规则测算金额", Yuan(evaluated)));
        }

        blocks.Add(new DocumentHeading("二、申报材料"));
        foreach (var item in ApplicationViews.MaterialsOf(application))
        {
            var files = application.Materials.Where(m => m.ItemIndex == item.Index).OrderBy(m => m.UploadedAt)
                .Select(m => $"{m.DisplayName}（{FileSize(m.Length)}，SHA-256 {m.Sha256[..Math.Min(16, m.Sha256.Length)]}…）").ToList();
            // Checklist items are long sentences: each on its own line, its files below it.
            blocks.Add(new DocumentParagraph($"{item.Index + 1}. {item.Name}"));
            blocks.Add(new DocumentField("文件", files.Count == 0 ? "未上传" : string.Join("\n", files)));
        }

        blocks.Add(new DocumentHeading("三、守信承诺"));
        blocks.Add(new DocumentParagraph(PledgeText));
        blocks.Add(new DocumentField("承诺时间", application.IntegrityPledgedAt is { } pledged ? PortalTime.Moment(pledged) : PortalTime.Moment(application.SubmittedAt!.Value)));
        blocks.Add(new DocumentSealBox("申报单位（盖章）", "法定代表人（签字）：__________"));
        return new DocumentContent(DocumentKind.ApplicationForm, authority.NameZh, recipient.Name, recipient.Uscc, issuedOn, blocks);
    }

    private static DocumentContent AcceptanceReceipt(
        SubsidyApplication application, string clauseLine, string call, AdministeringAuthority authority, (string Name, string Uscc) recipient, string issuedOn) =>
        new(DocumentKind.AcceptanceReceipt, authority.NameZh, recipient.Name, recipient.Uscc, issuedOn,
        [
            new DocumentParagraph($"{recipient.Name}："),
            new DocumentParagraph($"你单位于 {PortalTime.Moment(application.SubmittedAt!.Value)} 在线提交的申报已收到，予以受理登记。受理不代表审核通过，审核进展和结果将在平台上通知。"),
            new DocumentField("申报编号", application.ReferenceNumber),
            new DocumentField("项目名称", application.ProjectName),
            new DocumentField("申报条款", clauseLine),
            new DocumentField("申报批次", call),
            new DocumentField("申报材料", $"{application.Materials.Count} 份（清单 {application.RequiredMaterials.Count} 项）"),
            new DocumentSealBox($"{authority.NameZh}（盖章）", issuedOn),
        ]);

    private static DocumentContent ApprovalNotice(
        SubsidyApplication application, Award? award, string clauseLine, AdministeringAuthority authority, (string Name, string Uscc) recipient, string issuedOn)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentParagraph($"{recipient.Name}："),
            new DocumentParagraph($"你单位申报的“{application.ProjectName}”项目，经审核、评审和公示，予以立项支持。"),
            new DocumentField("申报编号", application.ReferenceNumber),
            new DocumentField("项目名称", application.ProjectName),
            new DocumentField("申报条款", clauseLine),
            new DocumentField("资助金额", Yuan(application.ApprovedAmount!.Value)),
            new DocumentField("立项日期", PortalTime.Date(PortalTime.DayOf(application.ApprovedAt!.Value))),
        };
        if (award is not null)
        {
            blocks.Add(new DocumentField("资助编号", award.AwardNumber));
            blocks.Add(new DocumentHeading("拨付安排"));
            blocks.AddRange(award.Tranches.OrderBy(t => t.Sequence)
                .Select(t => new DocumentField(t.Label, $"{Yuan(t.Amount)}，预计 {PortalTime.Date(t.DueOn)} 起拨付")));
        }

        blocks.Add(new DocumentParagraph("请在平台上确认收款账户，按要求报送项目进展和资金使用情况；项目发生重大变更须事先报批。"));
        blocks.Add(new DocumentSealBox($"{authority.NameZh}（盖章）", issuedOn));
        return new DocumentContent(DocumentKind.ApprovalNotice, authority.NameZh, recipient.Name, recipient.Uscc, issuedOn, blocks);
    }

    private static string Yuan(decimal amount) => InChinese(() => MoneyText.Yuan(amount));

    private static string WithUnit(FactDefinition input, string value) =>
        string.IsNullOrEmpty(input.Unit) || value.EndsWith(input.Unit, StringComparison.Ordinal) || input.Type is InputType.Money or InputType.Boolean or InputType.Choice
            ? value
            : $"{value} {input.Unit}";

    private static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture)} MB"
        : $"{Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB";

    private static string GroundZh(RevocationGround ground) => ground switch
    {
        RevocationGround.UnapprovedChange => "（一）项目单位未经批准擅自变更建设内容",
        RevocationGround.AuditedInvestmentVariance => "（二）经审计后项目实际完成投资额或固定资产投资额变动超过 30%及以上",
        RevocationGround.CannotProceed => "（三）项目实施条件发生重大变化，致使项目无法继续实施",
        RevocationGround.UnfinishedAfterExtension => "（四）项目在延期 2 年后仍不能按时完成",
        RevocationGround.OtherLegalGrounds => "（五）其他依照法律、法规、规章或规范性文件规定应当予以撤销项目的情形",
        _ => ground.ToString(),
    };

    /// <summary>Documents are issued in Chinese whatever the reader's language (the formatters read the UI culture).</summary>
    private static T InChinese<T>(Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
