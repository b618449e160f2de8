using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Enterprises;

/// <summary>The profile form (企业信息): registration facts, certifications and recent years' figures.</summary>
public sealed class EnterpriseProfileInput
{
    public string? Name { get; set; }

    public District? RegisteredDistrict { get; set; }

    public District? TaxDistrict { get; set; }

    public District? SettlementDistrict { get; set; }

    public Guid? TownOrParkId { get; set; }

    public Industry? Industry { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public DistrictArrival? Arrival { get; set; }

    public EnterpriseSize? Size { get; set; }

    public DateOnly? MovedInOn { get; set; }

    public DateOnly? HighTechFirstCertifiedOn { get; set; }

    public DateOnly? HighTechLatestCertifiedOn { get; set; }

    public string? HighTechCertificateNumber { get; set; }

    public bool IsTechSme { get; set; }

    public string? TechSmeNumber { get; set; }

    public TechLittleGiantStatus TechLittleGiant { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public List<AnnualFiguresInput> AnnualFigures { get; set; } = [];

    /// <summary>The concurrency token read with the form; a stale one means someone saved in between.</summary>
    public uint Version { get; set; }
}

/// <summary>One year's row; a row left entirely blank is not recorded.</summary>
public sealed class AnnualFiguresInput
{
    public int Year { get; set; }

    public decimal? OperatingRevenue { get; set; }

    public decimal? ResearchExpenditure { get; set; }

    public int? EmployeeCount { get; set; }

    public int? ResearchStaffCount { get; set; }

    /// <summary>净利润; a loss is negative. Optional, as are the year-end assets and liabilities.</summary>
    public decimal? NetProfit { get; set; }

    public decimal? TotalAssets { get; set; }

    public decimal? TotalLiabilities { get; set; }

    public bool IsBlank => OperatingRevenue is null && ResearchExpenditure is null && EmployeeCount is null && ResearchStaffCount is null
                           && NetProfit is null && TotalAssets is null && TotalLiabilities is null;
}

public sealed class EnterpriseProfileValidator : AbstractValidator<EnterpriseProfileInput>
{
    public EnterpriseProfileValidator(IReadOnlyDictionary<Guid, District> townDistricts, Func<DateOnly> today)
    {
        RuleFor(x => x.Name).RequiredText("name.required", "name.too-long", Enterprise.NameMaxLength);
        // A value outside a list's choices (a tampered or stale request) is refused, never stored as is or turned into another.
        RuleFor(x => x.RegisteredDistrict)
            .Must(d => d is not null && d != District.OutsideShanghai)
            .WithMessage(_ => ValidationText.Get("district.required"))
            .IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.TaxDistrict).NotNull().WithMessage(_ => ValidationText.Get("district.required"))
            .IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.SettlementDistrict).NotNull().WithMessage(_ => ValidationText.Get("district.required"))
            .IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.TechLittleGiant).IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.TownOrParkId)
            .NotNull().WithMessage(_ => ValidationText.Get("town.required"))
            .Must((input, town) => town is null || (townDistricts.TryGetValue(town.Value, out var d) && d == input.RegisteredDistrict))
            .WithMessage(_ => ValidationText.Get("town.wrong-district"));
        RuleFor(x => x.Industry).NotNull().WithMessage(_ => ValidationText.Get("industry.required"))
            .IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.EstablishedOn).NotBeforeEarliest().NotInFuture(today);
        RuleFor(x => x.Arrival).IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.Size).IsInEnum().WithMessage(_ => ValidationText.Get("choice.unknown"));
        RuleFor(x => x.MovedInOn)
            .Must((input, on) => input.Arrival != DistrictArrival.MovedIn || on is not null)
            .WithMessage(_ => ValidationText.Get("moved-in.date-required"))
            .NotBeforeEarliest()
            .NotInFuture(today)
            .Must((input, on) => input.Arrival != DistrictArrival.MovedIn || on is null || input.EstablishedOn is null || on >= input.EstablishedOn)
            .WithMessage(_ => ValidationText.Get("moved-in.before-established"));
        RuleFor(x => x.HighTechFirstCertifiedOn).NotBeforeEarliest().NotInFuture(today);
        RuleFor(x => x.HighTechLatestCertifiedOn)
            .NotBeforeEarliest()
            .NotInFuture(today)
            .Must((input, latest) => latest is null || input.HighTechFirstCertifiedOn is not null)
            .WithMessage(_ => ValidationText.Get("high-tech.first-required"))
            .Must((input, latest) => latest is null || input.HighTechFirstCertifiedOn is null || latest >= input.HighTechFirstCertifiedOn)
            .WithMessage(_ => ValidationText.Get("high-tech.latest-before-first"));
        RuleFor(x => x.HighTechCertificateNumber)
            .MaximumLength(Enterprise.CertificateNumberMaxLength)
            .WithMessage(_ => ValidationText.Get("high-tech.number-too-long", Enterprise.CertificateNumberMaxLength));
        RuleFor(x => x.TechSmeNumber)
            .Must((input, number) => !input.IsTechSme || !string.IsNullOrWhiteSpace(number))
            .WithMessage(_ => ValidationText.Get("tech-sme.number-required"))
            .MaximumLength(Enterprise.CertificateNumberMaxLength)
            .WithMessage(_ => ValidationText.Get("tech-sme.number-too-long", Enterprise.CertificateNumberMaxLength));
        RuleFor(x => x.ContactPerson).RequiredText("contact-person.required", "contact-person.too-long", Enterprise.PersonMaxLength);
        RuleFor(x => x.ContactPhone).ChinesePhone();
        RuleForEach(x => x.AnnualFigures).ChildRules(year =>
        {
            year.RuleFor(y => y)
                .Must(y => y.IsBlank || y is { OperatingRevenue: not null, ResearchExpenditure: not null, EmployeeCount: not null, ResearchStaffCount: not null })
                .WithName(nameof(AnnualFiguresInput.OperatingRevenue))
                .OverridePropertyName(nameof(AnnualFiguresInput.OperatingRevenue))
                .WithMessage(_ => ValidationText.Get("annual.incomplete"));
            year.RuleFor(y => y.OperatingRevenue).Yuan();
            year.RuleFor(y => y.ResearchExpenditure).Yuan();
            year.RuleFor(y => y.NetProfit).SignedYuan();
            year.RuleFor(y => y.TotalAssets).Yuan();
            year.RuleFor(y => y.TotalLiabilities).Yuan();
            year.RuleFor(y => y.EmployeeCount).StaffCount();
            year.RuleFor(y => y.ResearchStaffCount).StaffCount()
                .Must((y, staff) => staff is null || y.EmployeeCount is null || staff <= y.EmployeeCount)
                .WithMessage(_ => ValidationText.Get("research-staff.exceeds-employees"));
        });
    }
}
