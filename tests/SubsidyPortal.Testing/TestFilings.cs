using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;
using Xunit;

namespace SubsidyPortal.Testing;

/// <summary>
/// Filings made the way an enterprise makes them (through <see cref="IApplicationFiling"/>), so the town/park's tests
/// have filings waiting for its confirmation: the demo applicant's enterprise lies in the demo town's 新泾镇.
/// </summary>
public static class TestFilings
{
    public const string Applicant = "applicant@demo.local";

    /// <summary>区级创新资金: two yes/no questions and a short checklist.</summary>
    public const string InnovationFund = "changning-2024/4-district-innovation-fund";

    /// <summary>The signed-in user of <paramref name="email"/> as the domain's actor.</summary>
    public static async Task<Actor> ActorAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roleId = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).SingleAsync();
        var role = await db.Roles.Where(r => r.Id == roleId).Select(r => r.Name).SingleAsync();
        return new Actor(user.Id, user.DisplayName, role!, user.EnterpriseId, user.TownOrParkId);
    }

    /// <summary>
    /// A new filing of the demo applicant under <see cref="InnovationFund"/> in the open call, submitted and waiting for
    /// the town. The applicant may hold one live filing per clause and call: an earlier one still waiting is withdrawn
    /// (as the applicant could), one the town already confirmed is rejected by the committee.
    /// </summary>
    public static async Task<Guid> SubmittedAsync(PortalFactory factory, string projectName)
    {
        var applicant = await ActorAsync(factory, Applicant);
        var filing = factory.Services.GetRequiredService<IApplicationFiling>();
        var callId = await ClearEarlierAsync(factory, applicant);

        var started = await filing.StartAsync(callId, InnovationFund, projectName, applicant, CancellationToken.None);
        Assert.True(started.Result.Succeeded, string.Join(" ", started.Result.Errors.Select(e => e.Message)));
        var id = started.ApplicationId!.Value;
        var answers = new Dictionary<string, string?> { ["operatingNormally"] = "true", ["districtInnovationFundRecognised"] = "true" };
        Assert.True((await filing.SaveDraftAsync(id, projectName, answers, applicant, CancellationToken.None)).Succeeded);
        var view = (await filing.FilingAsync(id, applicant, CancellationToken.None))!;
        foreach (var item in view.Application.Materials)
        {
            using var file = new MemoryStream(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% item {item.Index}\n%%EOF\n"));
            Assert.True((await filing.UploadAsync(id, item.Index, file, $"材料{item.Index + 1}.pdf", applicant, CancellationToken.None)).Succeeded);
        }

        var submitted = await filing.SubmitAsync(id, pledged: true, applicant, CancellationToken.None);
        Assert.True(submitted.Succeeded, string.Join(" ", submitted.Errors.Select(e => e.Message)));
        return id;
    }

    private static async Task<Guid> ClearEarlierAsync(PortalFactory factory, Actor applicant)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var callId = await db.Calls.AsNoTracking().Where(c => c.TitleZh.Contains("第二批")).Select(c => c.Id).SingleAsync();
        var earlier = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == callId && a.ClauseId == InnovationFund && a.EnterpriseId == applicant.EnterpriseId)
            .Select(a => new { a.Id, a.Status }).ToListAsync();
        var workflow = scope.ServiceProvider.GetRequiredService<ApplicationWorkflow>();
        var staff = new Actor(null, "区科委经办人", Domain.Identity.PortalRoles.CommitteeStaff);
        foreach (var application in earlier)
        {
            var result = application.Status switch
            {
                ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.ReturnedForCorrection =>
                    await workflow.ApplyAsync(application.Id, ApplicationAction.Withdraw, applicant, new TransitionInput(), CancellationToken.None),
                ApplicationStatus.PreliminaryReview =>
                    await workflow.ApplyAsync(application.Id, ApplicationAction.Reject, staff, new TransitionInput("测试清理：由后续测试重新申报。"), CancellationToken.None),
                _ => null,
            };
            Assert.True(result is null or { Succeeded: true }, string.Join(" ", result?.Errors.Select(e => e.Message) ?? []));
            db.ChangeTracker.Clear();
        }

        return callId;
    }
}
