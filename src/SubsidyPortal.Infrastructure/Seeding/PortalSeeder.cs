using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>
/// Reference data (roles, towns/parks) is seeded everywhere. Demo accounts with a shared, published password
/// are seeded only outside Production: a production start that asks for them is refused.
/// </summary>
public sealed class PortalSeeder(
    PortalDbContext db,
    UserManager<PortalUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IClock clock,
    WorkingDayCalendarService calendars,
    ILogger<PortalSeeder> logger)
{
    // The first is the existing expert@demo.local; one works for a demo enterprise, so is never drawn for it.
    private static readonly (string Email, string Name, string Organisation)[] DemoExperts =
    [
        ("expert@demo.local", "评审专家", "复旦大学"),
        ("expert2@demo.local", "周教授", "上海交通大学"),
        ("expert3@demo.local", "吴研究员", "上海市科学学研究所"),
        ("expert4@demo.local", "郑高工", "同济大学"),
        ("expert5@demo.local", "孙博士", "华东师范大学"),
        ("expert6@demo.local", "钱总工", "上海长宁示范生物医药有限公司"),
    ];

    private static readonly IReadOnlyList<string> EveryAuthority = [.. AdministeringAuthorities.All.Select(a => a.Id)];

    /// <summary>Committee and finance accounts of one authority each (README.md lists them).</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role, string AuthorityId)> DemoAuthorityAccounts =
    [
        ("staff.changning@demo.local", "长宁区科委经办人", PortalRoles.CommitteeStaff, AdministeringAuthorities.ChangningId),
        ("finance.changning@demo.local", "长宁区财务经办人", PortalRoles.FinanceStaff, AdministeringAuthorities.ChangningId),
        ("staff.jinshan@demo.local", "金山区科委经办人", PortalRoles.CommitteeStaff, AdministeringAuthorities.JinshanId),
        ("finance.jinshan@demo.local", "金山区财务经办人", PortalRoles.FinanceStaff, AdministeringAuthorities.JinshanId),
        ("staff.dalinghaowan@demo.local", "大零号湾推进办经办人", PortalRoles.CommitteeStaff, AdministeringAuthorities.DalinghaowanId),
    ];

    /// <summary>Published in README.md; demo only.</summary>
    public const string DemoPassword = "Demo#2026";

    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = DeterministicGuid.Create("role:" + role) }));
            }
        }

        var known = await db.TownsOrParks.Select(t => t.Id).ToListAsync(cancellationToken);
        var missing = ReferenceData.TownsOrParks.Where(t => !known.Contains(t.Id)).ToList();
        if (missing.Count > 0)
        {
            db.TownsOrParks.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} towns/parks", missing.Count);
        }

        await PublicHolidaySchedule.SeedAsync(db, logger, cancellationToken);
    }

    public async Task SeedDemoDataAsync(bool isProduction, CancellationToken cancellationToken = default)
    {
        if (isProduction)
        {
            throw new InvalidOperationException(
                "Refusing to seed demo accounts with a published password in Production. Unset Seed:DemoData and create the first administrator with the 'create-admin' command.");
        }

        var now = clock.Now;
        var xinjing = ReferenceData.TownId(District.Changning, "新泾镇");
        var zhujing = ReferenceData.TownId(District.Jinshan, "朱泾镇");

        var changning = await EnsureEnterpriseAsync("上海长宁示范智能科技有限公司", "91310105MA1FL1XK2", District.Changning, xinjing, "王芳", "13812345678", now, cancellationToken);
        var jinshan = await EnsureEnterpriseAsync("上海金山示范新材料有限公司", "91310116MA1JCHAT8", District.Jinshan, zhujing, "李强", "021-57312345", now, cancellationToken);

        await EnsureUserAsync("admin@demo.local", "系统管理员", PortalRoles.Administrator, null, null);
        // staff@, finance@, finance2@ and the experts serve every authority (one office running all three programmes);
        // the accounts named after a district serve only that district's authority, to show the separation.
        await EnsureUserAsync("staff@demo.local", "区科委经办人", PortalRoles.CommitteeStaff, null, null, EveryAuthority);
        await EnsureUserAsync("town@demo.local", "新泾镇经办人", PortalRoles.TownOrPark, null, xinjing);
        await EnsureUserAsync("expert@demo.local", "评审专家", PortalRoles.Expert, null, null, EveryAuthority);
        await EnsureUserAsync("finance@demo.local", "财务经办人", PortalRoles.FinanceStaff, null, null, EveryAuthority);
        // A second finance user: a disbursement batch is approved by someone other than its maker.
        await EnsureUserAsync("finance2@demo.local", "财务复核人", PortalRoles.FinanceStaff, null, null, EveryAuthority);
        foreach (var (email, name, role, authorityId) in DemoAuthorityAccounts)
        {
            await EnsureUserAsync(email, name, role, null, null, [authorityId]);
        }

        await EnsureUserAsync("applicant@demo.local", "王芳", PortalRoles.Applicant, changning.Id, null);
        await EnsureUserAsync("applicant2@demo.local", "李强", PortalRoles.Applicant, jinshan.Id, null);

        // Two more Xinjing enterprises without accounts, and an expert pool, so the demo calls have applications
        // from several enterprises in every state.
        var bio = await EnsureEnterpriseAsync("上海长宁示范生物医药有限公司", "91310105MA1FL3AB5", District.Changning, xinjing, "陈静", "13912345678", now, cancellationToken);
        var soft = await EnsureEnterpriseAsync("上海长宁示范工业软件有限公司", "91310105MA1FL4CD6", District.Changning, xinjing, "赵磊", "13712345678", now, cancellationToken);
        var experts = new List<DemoExpert>();
        foreach (var (email, name, organisation) in DemoExperts)
        {
            await EnsureUserAsync(email, name, PortalRoles.Expert, null, null, EveryAuthority);
            experts.Add(new DemoExpert(DeterministicGuid.Create("user:" + email), name, organisation));
        }

        var calendar = await calendars.LoadAsync(cancellationToken);
        await new DemoWorkflow(db, now, calendar).SeedAsync([changning, bio, soft], xinjing, experts, cancellationToken);
        await new DemoMoney(db, now).SeedAsync(jinshan, cancellationToken);
    }

    private async Task<Enterprise> EnsureEnterpriseAsync(
        string name, string uscc17, District district, Guid townId, string contact, string phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var uscc = UnifiedSocialCreditCode.Parse(uscc17 + UnifiedSocialCreditCode.CheckCharacterFor(uscc17));
        var existing = await db.Enterprises.SingleOrDefaultAsync(e => e.Uscc == uscc, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var enterprise = Enterprise.Register(name, uscc, district, townId, contact, phone, now);
        enterprise.UpdateProfile(
            new EnterpriseProfile(name, district, district, district, townId, Industry.ArtificialIntelligence,
                // First certified in 2021, re-certified on expiry in 2024: inside 长宁's period, so its renewal clause applies.
                new DateOnly(2016, 5, 18), new DateOnly(2021, 12, 14), new DateOnly(2024, 12, 14), "GR202431001234",
                true, "202331010500012345", TechLittleGiantStatus.DistrictCultivation, contact, phone),
            now);
        var lastYear = now.Year - 1;
        enterprise.RecordAnnualFigures(lastYear - 2, 38_500_000m, 4_120_000.50m, 86, 31, now, new YearEndFinancials(2_950_000m, 64_200_000m, 27_900_000m));
        enterprise.RecordAnnualFigures(lastYear - 1, 52_300_000m, 5_870_000m, 104, 40, now, new YearEndFinancials(4_180_000m, 78_600_000m, 33_400_000m));
        enterprise.RecordAnnualFigures(lastYear, 61_800_000.25m, 7_010_000m, 121, 47, now, new YearEndFinancials(5_230_000.40m, 91_050_000m, 38_760_000m));
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);
        return enterprise;
    }

    private async Task EnsureUserAsync(
        string email, string displayName, string role, Guid? enterpriseId, Guid? townOrParkId, IReadOnlyList<string>? authorityIds = null)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new PortalUser
        {
            Id = DeterministicGuid.Create("user:" + email),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            EnterpriseId = enterpriseId,
            TownOrParkId = townOrParkId,
            AuthorityIds = [.. authorityIds ?? []],
            CreatedAt = clock.Now,
        };
        Check(await users.CreateAsync(user, DemoPassword));
        Check(await users.AddToRoleAsync(user, role));
        logger.LogInformation("Seeded demo account {Email} ({Role})", email, role);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
