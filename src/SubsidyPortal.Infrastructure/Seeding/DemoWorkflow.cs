using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Files;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>A demo expert account and where they work.</summary>
internal sealed record DemoExpert(Guid UserId, string Name, string Organisation);

/// <summary>
/// Demo calls and applications in every state, walked through the real transitions (so every one has its audit
/// trail), with dates relative to today: an open Changning call, an earlier one whose list is on notice or
/// approved, and an open Jinshan call. Seeded once; never in Production (the caller refuses that).
/// </summary>
internal sealed class DemoWorkflow(PortalDbContext db, DateTimeOffset now, WorkingDayCalendar calendar)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private readonly DateOnly _realToday = DateOnly.FromDateTime(now.ToOffset(Shanghai).DateTime);

    // The Changning measures end on 2026-12-31: after that the demo's Changning calls are dated as if seeded
    // a month before the end, so seeding still works (the Jinshan call, with no known end, stays open today).
    private DateOnly DemoToday => ChangningPolicy.Document.Period.EndExclusive is { } end && _realToday > end.AddDays(-27) ? end.AddDays(-27) : _realToday;
    private readonly Dictionary<Guid, Expert> _experts = [];
    private int _number;

    public async Task SeedAsync(IReadOnlyList<Enterprise> enterprises, Guid townId, IReadOnlyList<DemoExpert> experts, CancellationToken cancellationToken)
    {
        if (await db.Calls.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var member in experts)
        {
            var expert = Expert.Enrol(member.UserId, member.Name, ["科技创新", "企业管理"], member.Organisation, null);
            _experts[member.UserId] = expert;
            db.Experts.Add(expert);
        }

        var (wang, bio, soft) = (enterprises[0], enterprises[1], enterprises[2]);
        var town = new Actor(null, "新泾镇经办人", PortalRoles.TownOrPark, TownOrParkId: townId);
        var staff = new Actor(null, "区科委经办人", PortalRoles.CommitteeStaff);
        var clauseIds = new[]
        {
            "changning-2024/3-district-little-giant", "changning-2024/6-high-tech-renewal", "changning-2024/8-innovation-voucher",
            "changning-2024/2-zhangjiang-matching", "changning-2024/4-district-innovation-fund",
        };
        var clauses = clauseIds.Select(id => PolicyCatalog.Find(id)!).ToList();
        var policyEnd = ChangningPolicy.Document.Period.EndExclusive ?? DemoToday.AddYears(1);
        var closes = DemoToday.AddDays(25) < policyEnd ? DemoToday.AddDays(25) : policyEnd.AddDays(-1);
        var open = Call.Open(ChangningPolicy.Document, DemoToday.Year, $"{DemoToday.Year} 年度长宁区鼓励科技创新政策项目申报（第二批）", clauses,
            DemoToday.AddDays(-20), closes, 2_000_000m, 3, "科技创新", RubricJson.Write(ScoringRubric.Standard()), null, At(DemoToday).AddDays(-21), reviewDueOn: closes.AddDays(20));
        var earlier = Call.Open(ChangningPolicy.Document, DemoToday.Year, $"{DemoToday.Year} 年度长宁区鼓励科技创新政策项目申报（第一批）", clauses,
            DemoToday.AddDays(-150), DemoToday.AddDays(-120), 1_500_000m, 3, "科技创新", RubricJson.Write(ScoringRubric.Standard()), null, At(DemoToday).AddDays(-151), reviewDueOn: DemoToday.AddDays(-100));
        var jinshan = Call.Open(JinshanPolicy.Document, _realToday.Year, $"{_realToday.Year} 年度金山区科技创新专项申报",
            [PolicyCatalog.Find("jinshan-2025/5-4-district-little-giant")!, PolicyCatalog.Find("jinshan-2025/5-6-achievement-award")!],
            _realToday.AddDays(-10), _realToday.AddDays(40), 3_000_000m, 3, "科技创新", RubricJson.Write(ScoringRubric.Standard()), null, now.AddDays(-11), reviewDueOn: _realToday.AddDays(70));
        db.Calls.AddRange(open, earlier, jinshan);

        // The open call: one application in each state of its life so far.
        var t = At(DemoToday).AddDays(-15);
        Filed(open, "changning-2024/3-district-little-giant", wang, "区级小巨人培育企业支持（2026）", t, submit: false);

        var submitted = Filed(open, "changning-2024/8-innovation-voucher", bio, "创新券购买检测服务", t);

        var returned = Filed(open, "changning-2024/8-innovation-voucher", wang, "科技创新券研发设计服务", t);
        Step(returned, ApplicationAction.ConfirmByTown, town, t.AddDays(1));
        Step(returned, ApplicationAction.ReturnForCorrection, staff, t.AddDays(3), "创新券服务合同缺少服务机构盖章，请补充盖章后的合同扫描件。", DemoToday.AddDays(7));

        var preliminary = Filed(open, "changning-2024/3-district-little-giant", soft, "区级小巨人培育企业支持", t);
        Step(preliminary, ApplicationAction.ConfirmByTown, town, t.AddDays(1));

        var inReview = Filed(open, "changning-2024/2-zhangjiang-matching", bio, "张江专项匹配：创新药物筛选平台", t);
        Passed(inReview, town, staff, t);
        Panel(inReview, experts.Take(3), scores: null);

        var proposed = Filed(open, "changning-2024/4-district-innovation-fund", soft, "区级创新资金：工业软件研发", t);
        Passed(proposed, town, staff, t);
        Panel(proposed, experts.Skip(1).Take(3), scores: [82m, 76m, 88m]);
        proposed.SetApprovedAmount(Math.Min(proposed.EvaluatedAmount!.Value, 150_000m), t.AddDays(8));
        Step(proposed, ApplicationAction.Propose, staff, t.AddDays(8));

        var rejected = Filed(open, "changning-2024/3-district-little-giant", bio, "区级小巨人培育企业支持", t);
        Step(rejected, ApplicationAction.ConfirmByTown, town, t.AddDays(1));
        Step(rejected, ApplicationAction.Reject, staff, t.AddDays(2), "企业尚未被认定为区级小巨人培育企业，不符合支持条件。");

        var withdrawn = Filed(open, "changning-2024/6-high-tech-renewal", soft, "高企再次认定一次性支持", t);
        Step(withdrawn, ApplicationAction.Withdraw, Applicant(soft), t.AddDays(1));

        // The earlier call: its list is on public notice now, and an older notice has ended in approval.
        var e = At(DemoToday).AddDays(-145);
        var onNotice = Filed(earlier, "changning-2024/6-high-tech-renewal", wang, "高企再次认定一次性支持", e);
        Passed(onNotice, town, staff, e);
        Panel(onNotice, experts.Take(3), scores: [90m, 85m, 87m]);
        onNotice.SetApprovedAmount(onNotice.EvaluatedAmount!.Value, e.AddDays(9));
        Step(onNotice, ApplicationAction.Propose, staff, e.AddDays(9));

        var approved = Filed(earlier, "changning-2024/2-zhangjiang-matching", soft, "张江专项匹配：智能制造执行系统", e);
        Passed(approved, town, staff, e);
        Panel(approved, experts.Skip(2).Take(3), scores: [78m, 81m, 74m]);
        approved.SetApprovedAmount(Math.Min(approved.EvaluatedAmount!.Value, 300_000m), e.AddDays(9));
        Step(approved, ApplicationAction.Propose, staff, e.AddDays(9));

        var oldNoticeDay = LastWorkingDayBefore(DemoToday.AddDays(-30));
        var oldWindow = calendar.NoticeWindow(oldNoticeDay, earlier.NoticeWorkingDays);
        var oldNotice = PublicNotice.Publish(earlier.Id, $"{earlier.TitleZh}拟立项名单公示", oldNoticeDay, oldWindow.FirstDay, oldWindow.LastDay, earlier.NoticeWorkingDays, null, At(oldNoticeDay));
        Publish(approved, oldNotice, staff);
        Step(approved, ApplicationAction.Approve, Actor.System, At(oldWindow.LastDay.AddDays(1)));

        var noticeDay = LastWorkingDayBefore(DemoToday);
        var window = calendar.NoticeWindow(noticeDay, earlier.NoticeWorkingDays);
        var notice = PublicNotice.Publish(earlier.Id, $"{earlier.TitleZh}拟立项名单公示（补充）", noticeDay, window.FirstDay, window.LastDay, earlier.NoticeWorkingDays, null, At(noticeDay));
        Publish(onNotice, notice, staff);
        db.PublicNotices.AddRange(oldNotice, notice);

        await db.SaveChangesAsync(cancellationToken);
    }

    private SubsidyApplication Filed(Call call, string clauseId, Enterprise enterprise, string project, DateTimeOffset at, bool submit = true)
    {
        var clause = PolicyCatalog.Find(clauseId)!;
        var applicant = Applicant(enterprise);
        var number = string.Create(CultureInfo.InvariantCulture, $"{(clause.Policy.Id == JinshanPolicy.Id ? "JS" : "CN")}-{call.Year}-D{++_number:00000}");
        var application = SubsidyApplication.Start(number, call.Id, clauseId, clause.RequiredMaterials, enterprise.Id, enterprise.TownOrParkId, project, applicant, at);
        var day = DateOnly.FromDateTime(at.ToOffset(Shanghai).DateTime);
        var values = ProfileFacts.From(enterprise, day, enterprise.TownOrParkId is { } town ? db.TownsOrParks.Find(town)?.Name : null);
        var answers = new Dictionary<string, string>();
        foreach (var input in ApplicationFilingService.QuestionsFor(clause, values))
        {
            var text = input.Type switch
            {
                InputType.Boolean => "true",
                InputType.Money => "600000.00",
                InputType.Date => day.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                InputType.Choice => input.Options[0].Code,
                _ => "1",
            };
            answers[input.Key] = text;
            ProfileFacts.TryParse(input, text, out var value, out _);
            values[input.Key] = value!;
        }

        values[ClauseEvaluator.MatterKey] = project;
        application.SaveAnswers(answers, at);
        var evaluation = ClauseEvaluator.Evaluate(clause, new Facts(values), day, []);
        if (evaluation.Outcome != EvaluationOutcome.Eligible)
        {
            throw new InvalidOperationException($"Demo application for {clauseId} is {evaluation.Outcome}; fix the demo answers.");
        }

        application.RecordEvaluation(
            JsonSerializer.Serialize(values.ToDictionary(p => p.Key, p => ApplicationFilingService.FactText(p.Value)), Json),
            JsonSerializer.Serialize(CatalogViews.Evaluation(evaluation), Json), evaluation.RuleSetVersion, evaluation.Outcome, evaluation.Amount, at);
        for (var i = 0; i < clause.RequiredMaterials.Count; i++)
        {
            var file = DemoPdf(clause.RequiredMaterials[i], at);
            db.StoredFiles.Add(file);
            var material = new ApplicationMaterial(application.Id, i, clause.RequiredMaterials[i], file.Id, $"材料{i + 1}.pdf", file.ContentType, file.Length, file.Sha256, at);
            application.AttachMaterial(material, at);
            db.ApplicationMaterials.Add(material);
        }

        db.Applications.Add(application);
        if (submit)
        {
            application.GiveIntegrityPledge(at);
            Step(application, ApplicationAction.Submit, applicant, at);
        }
        else
        {
            Flush(application);
        }

        return application;
    }

    private void Passed(SubsidyApplication application, Actor town, Actor staff, DateTimeOffset at)
    {
        Step(application, ApplicationAction.ConfirmByTown, town, at.AddDays(1));
        Step(application, ApplicationAction.PassPreliminaryReview, staff, at.AddDays(2));
    }

    private void Panel(SubsidyApplication application, IEnumerable<DemoExpert> panel, decimal[]? scores)
    {
        var rubric = ScoringRubric.Standard();
        var totals = new List<decimal>();
        var i = 0;
        foreach (var member in panel)
        {
            var assignment = new ExpertAssignment(application.Id, _experts[member.UserId].Id, application.UpdatedAt.AddHours(2));
            if (scores is not null)
            {
                assignment.DeclareNoConflict(application.UpdatedAt.AddDays(1));
                var sheet = ExpertScoreSheet.Score(rubric, rubric.Criteria.Select(c => new CriterionScore(c.Code, scores[i], "论证充分，实施基础较好。")));
                assignment.SubmitScores(RubricJson.WriteScores(sheet.Scores), sheet.WeightedTotal, application.UpdatedAt.AddDays(3));
                totals.Add(sheet.WeightedTotal);
            }

            db.ExpertAssignments.Add(assignment);
            i++;
        }

        if (scores is not null)
        {
            application.RecordAggregatedScore(ScoreAggregation.From(totals).Mean, application.UpdatedAt.AddDays(4));
        }
    }

    private void Publish(SubsidyApplication application, PublicNotice notice, Actor staff)
    {
        var at = At(notice.PublishedOn);
        application.Apply(ApplicationAction.PublishNotice, staff, Context(at) with { NoticeId = notice.Id, NoticeLastDay = notice.LastDay });
        Flush(application);
        db.PublicNoticeEntries.Add(PublicNoticeEntry.For(notice, application, db.Enterprises.Find(application.EnterpriseId)!.Name));
    }

    private void Step(SubsidyApplication application, ApplicationAction action, Actor actor, DateTimeOffset at, string? reason = null, DateOnly? deadline = null)
    {
        application.Apply(action, actor, Context(at) with { Reason = reason, Deadline = deadline });
        Flush(application);
    }

    private void Flush(SubsidyApplication application)
    {
        db.ApplicationEvents.AddRange(application.NewHistory.Where(h => db.Entry(h).State == EntityState.Detached));
        application.ClearDomainEvents();
    }

    private static TransitionContext Context(DateTimeOffset at) => new(at, DateOnly.FromDateTime(at.ToOffset(Shanghai).DateTime)) { CallOpen = true };

    private static Actor Applicant(Enterprise enterprise) => new(null, enterprise.ContactPerson, PortalRoles.Applicant, enterprise.Id);

    private static DateTimeOffset At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), Shanghai).ToUniversalTime();

    private DateOnly LastWorkingDayBefore(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!calendar.IsWorkingDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    private static StoredFileRecord DemoPdf(string title, DateTimeOffset at)
    {
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.4\n% SubsidyPortal demo material: {title}\n%%EOF\n");
        return new StoredFileRecord
        {
            Id = Guid.CreateVersion7(),
            OriginalName = Guid.NewGuid().ToString("N") + ".pdf",
            ContentType = "application/pdf",
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            CreatedAt = at,
        };
    }
}
