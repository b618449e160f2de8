using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// 申报单位 / 企业: the organisation that applies, and the facts about it that eligibility rules read.
/// Its own users edit the profile; staff read it; the credit record is written by staff only.
/// </summary>
public sealed class Enterprise : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int PersonMaxLength = 50;
    public const int PhoneMaxLength = 20;
    public const int CertificateNumberMaxLength = 40;

    /// <summary>高新技术企业 certificates run three years from the date of (re)certification.</summary>
    public const int HighTechCertificateYears = 3;

    private readonly List<AnnualFigures> _annualFigures = [];
    private readonly List<CreditRecord> _creditRecords = [];

    private Enterprise()
    {
        Name = string.Empty;
        ContactPerson = string.Empty;
        ContactPhone = string.Empty;
    }

    public string Name { get; private set; }

    public UnifiedSocialCreditCode Uscc { get; private set; }

    public District RegisteredDistrict { get; private set; }

    public District TaxDistrict { get; private set; }

    public District SettlementDistrict { get; private set; }

    public Guid? TownOrParkId { get; private set; }

    public Industry Industry { get; private set; }

    public DateOnly? EstablishedOn { get; private set; }

    /// <summary>大型 / 中型 / 小型 / 微型 as the enterprise classes itself by the national 划型 rules; null while not stated.</summary>
    public EnterpriseSize? Size { get; private set; }

    /// <summary>Whether it was set up in its registered district or moved its registration in; null while not stated.</summary>
    public DistrictArrival? Arrival { get; private set; }

    /// <summary>The day its registration moved into the district (工商变更登记), for one that moved in.</summary>
    public DateOnly? MovedInOn { get; private set; }

    public DateOnly? HighTechFirstCertifiedOn { get; private set; }

    public DateOnly? HighTechLatestCertifiedOn { get; private set; }

    public string? HighTechCertificateNumber { get; private set; }

    public bool IsTechSme { get; private set; }

    public string? TechSmeNumber { get; private set; }

    public TechLittleGiantStatus TechLittleGiant { get; private set; }

    public string ContactPerson { get; private set; }

    public string ContactPhone { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<AnnualFigures> AnnualFigures => _annualFigures;

    public IReadOnlyList<CreditRecord> CreditRecords => _creditRecords;

    public static Enterprise Register(
        string name,
        UnifiedSocialCreditCode uscc,
        District registeredDistrict,
        Guid? townOrParkId,
        string contactPerson,
        string contactPhone,
        DateTimeOffset now)
    {
        if (uscc == default)
        {
            throw new DomainException("uscc.required", "An enterprise is identified by its unified social credit code.");
        }

        var enterprise = new Enterprise
        {
            Name = Guard.Required(name, "name.required", NameMaxLength),
            Uscc = uscc,
            RegisteredDistrict = registeredDistrict,
            TaxDistrict = registeredDistrict,
            SettlementDistrict = registeredDistrict,
            TownOrParkId = townOrParkId,
            ContactPerson = Guard.Required(contactPerson, "contact-person.required", PersonMaxLength),
            ContactPhone = Guard.Required(contactPhone, "contact-phone.required", PhoneMaxLength),
            RegisteredAt = now,
            UpdatedAt = now,
        };
        enterprise.Raise(new EnterpriseRegistered(enterprise.Id, uscc, now));
        return enterprise;
    }

    public void UpdateProfile(EnterpriseProfile profile, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (profile.EstablishedOn > today || profile.HighTechFirstCertifiedOn > today || profile.HighTechLatestCertifiedOn > today || profile.MovedInOn > today)
        {
            throw new DomainException("date.in-future", "Dates in the profile cannot lie in the future.");
        }

        if (profile.HighTechLatestCertifiedOn is not null && profile.HighTechFirstCertifiedOn is null)
        {
            throw new DomainException("high-tech.first-required", "A renewal needs the first certification date.");
        }

        if (profile.HighTechLatestCertifiedOn < profile.HighTechFirstCertifiedOn)
        {
            throw new DomainException("high-tech.latest-before-first", "The latest certification cannot precede the first.");
        }

        if (profile.Arrival == DistrictArrival.MovedIn && profile.MovedInOn is null)
        {
            throw new DomainException("moved-in.date-required", "An enterprise that moved in says when.");
        }

        if (profile.Arrival == DistrictArrival.MovedIn && profile.MovedInOn < profile.EstablishedOn)
        {
            throw new DomainException("moved-in.before-established", "It cannot have moved in before it was established.");
        }

        Name = Guard.Required(profile.Name, "name.required", NameMaxLength);
        RegisteredDistrict = profile.RegisteredDistrict;
        TaxDistrict = profile.TaxDistrict;
        SettlementDistrict = profile.SettlementDistrict;
        TownOrParkId = profile.TownOrParkId;
        Industry = profile.Industry;
        EstablishedOn = profile.EstablishedOn;
        Arrival = profile.Arrival;
        Size = profile.Size;
        // A date belongs only to a move: one set up here keeps none.
        MovedInOn = profile.Arrival == DistrictArrival.MovedIn ? profile.MovedInOn : null;
        HighTechFirstCertifiedOn = profile.HighTechFirstCertifiedOn;
        HighTechLatestCertifiedOn = profile.HighTechLatestCertifiedOn ?? profile.HighTechFirstCertifiedOn;
        HighTechCertificateNumber = Guard.Optional(profile.HighTechCertificateNumber, "high-tech.number-too-long", CertificateNumberMaxLength);
        IsTechSme = profile.IsTechSme;
        TechSmeNumber = profile.IsTechSme ? Guard.Optional(profile.TechSmeNumber, "tech-sme.number-too-long", CertificateNumberMaxLength) : null;
        TechLittleGiant = profile.TechLittleGiant;
        ContactPerson = Guard.Required(profile.ContactPerson, "contact-person.required", PersonMaxLength);
        ContactPhone = Guard.Required(profile.ContactPhone, "contact-phone.required", PhoneMaxLength);
        UpdatedAt = now;
        Raise(new EnterpriseProfileUpdated(Id, now));
    }

    /// <summary>Records or corrects one year's figures; a year is reported once and corrected in place.</summary>
    public void RecordAnnualFigures(int year, decimal operatingRevenue, decimal researchExpenditure, int employeeCount, int researchStaffCount, DateTimeOffset now, YearEndFinancials? financials = null)
    {
        if (year < Enterprises.AnnualFigures.EarliestYear || year > now.Year)
        {
            throw new DomainException("year.out-of-range", $"Figures can be reported for {Enterprises.AnnualFigures.EarliestYear}–{now.Year}.");
        }

        var existing = _annualFigures.FirstOrDefault(f => f.Year == year);
        if (existing is null)
        {
            _annualFigures.Add(new AnnualFigures(Id, year, operatingRevenue, researchExpenditure, employeeCount, researchStaffCount, financials ?? YearEndFinancials.None));
        }
        else
        {
            existing.Update(operatingRevenue, researchExpenditure, employeeCount, researchStaffCount, financials ?? YearEndFinancials.None);
        }

        UpdatedAt = now;
    }

    public void RecordCreditEvent(DateOnly recordedOn, CreditRecordSeverity severity, string description, string source, DateTimeOffset now)
    {
        _creditRecords.Add(new CreditRecord(
            Id,
            recordedOn,
            severity,
            Guard.Required(description, "credit.description-required", 500),
            Guard.Required(source, "credit.source-required", 200)));
        UpdatedAt = now;
        Raise(new EnterpriseCreditEventRecorded(Id, severity, now));
    }

    /// <summary>近三年内有严重失信或违法行为: the credit review most clauses demand.</summary>
    public bool HasSeriousDishonestyWithinYears(DateOnly asOf, int years = 3) =>
        _creditRecords.Any(r => r.Severity == CreditRecordSeverity.SeriousDishonesty
                                && r.RecordedOn > asOf.AddYears(-years)
                                && r.RecordedOn <= asOf);

    /// <summary>Whether a high-tech certificate is in force on the given day.</summary>
    public bool IsHighTechEnterpriseOn(DateOnly day) =>
        HighTechLatestCertifiedOn is { } latest && day >= latest && day < latest.AddYears(HighTechCertificateYears);
}

/// <summary>The facts an enterprise's own user may edit.</summary>
public sealed record EnterpriseProfile(
    string Name,
    District RegisteredDistrict,
    District TaxDistrict,
    District SettlementDistrict,
    Guid? TownOrParkId,
    Industry Industry,
    DateOnly? EstablishedOn,
    DateOnly? HighTechFirstCertifiedOn,
    DateOnly? HighTechLatestCertifiedOn,
    string? HighTechCertificateNumber,
    bool IsTechSme,
    string? TechSmeNumber,
    TechLittleGiantStatus TechLittleGiant,
    string ContactPerson,
    string ContactPhone,
    DistrictArrival? Arrival = null,
    DateOnly? MovedInOn = null,
    EnterpriseSize? Size = null);

/// <summary>
/// 企业规模 (划型) as the national rules for classing enterprises as large, medium, small or micro set it (by industry,
/// staff and revenue). The enterprise states it; no clause of the three texts turns on it — 科技型中小企业 is a
/// registration the profile holds on its own — so it informs the committee and is not a rule's fact.
/// </summary>
public enum EnterpriseSize
{
    Large = 1,
    Medium = 2,
    Small = 3,
    Micro = 4,
}

/// <summary>How an enterprise came to its registered district: set up there, or moved its registration in (新迁入).</summary>
public enum DistrictArrival
{
    SetUpHere = 1,
    MovedIn = 2,
}

public sealed record EnterpriseRegistered(Guid EnterpriseId, UnifiedSocialCreditCode Uscc, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EnterpriseProfileUpdated(Guid EnterpriseId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EnterpriseCreditEventRecorded(Guid EnterpriseId, CreditRecordSeverity Severity, DateTimeOffset OccurredAt) : IDomainEvent;
