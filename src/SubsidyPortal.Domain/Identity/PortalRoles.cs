namespace SubsidyPortal.Domain.Identity;

/// <summary>The portal's roles (glossary: Actors). Every page and endpoint names which of these may use it.</summary>
public static class PortalRoles
{
    /// <summary>申报单位用户: an enterprise's own user.</summary>
    public const string Applicant = nameof(Applicant);

    /// <summary>镇（园区）: confirms its own enterprises' filings; bound to one town/park.</summary>
    public const string TownOrPark = nameof(TownOrPark);

    /// <summary>区科委经办人员.</summary>
    public const string CommitteeStaff = nameof(CommitteeStaff);

    /// <summary>评审专家.</summary>
    public const string Expert = nameof(Expert);

    /// <summary>财政 / 财务人员.</summary>
    public const string FinanceStaff = nameof(FinanceStaff);

    /// <summary>系统管理员.</summary>
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All =
        [Applicant, TownOrPark, CommitteeStaff, Expert, FinanceStaff, Administrator];

    /// <summary>Roles an Administrator creates accounts for; applicants register themselves.</summary>
    public static readonly IReadOnlyList<string> Staff =
        [TownOrPark, CommitteeStaff, Expert, FinanceStaff, Administrator];

    /// <summary>Roles bound to one or more administering authorities; they see only those authorities' programmes.</summary>
    public static readonly IReadOnlyList<string> AuthorityBound = [CommitteeStaff, FinanceStaff, Expert];

    /// <summary>Staff who may read any enterprise's profile.</summary>
    public const string EnterpriseReaders = CommitteeStaff + "," + FinanceStaff + "," + Administrator;
}
