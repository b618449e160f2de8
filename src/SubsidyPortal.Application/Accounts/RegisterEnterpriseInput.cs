using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Accounts;

/// <summary>What an enterprise types to register itself and its first user (企业注册).</summary>
public sealed class RegisterEnterpriseInput
{
    public string? EnterpriseName { get; set; }

    public string? Uscc { get; set; }

    public District? RegisteredDistrict { get; set; }

    public Guid? TownOrParkId { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public bool AcceptTerms { get; set; }
}

public sealed class RegisterEnterpriseValidator : AbstractValidator<RegisterEnterpriseInput>
{
    public const int PasswordMinLength = 8;

    /// <param name="townDistricts">Each town/park and the district it lies in.</param>
    public RegisterEnterpriseValidator(IReadOnlyDictionary<Guid, District> townDistricts)
    {
        RuleFor(x => x.EnterpriseName).RequiredText("name.required", "name.too-long", Enterprise.NameMaxLength);
        RuleFor(x => x.Uscc).UnifiedSocialCreditCode();
        RuleFor(x => x.RegisteredDistrict)
            .Must(d => d is not null && d != District.OutsideShanghai)
            .WithMessage(_ => ValidationText.Get("district.required"));
        RuleFor(x => x.TownOrParkId)
            .NotNull().WithMessage(_ => ValidationText.Get("town.required"))
            .Must((input, town) => town is null || (townDistricts.TryGetValue(town.Value, out var d) && d == input.RegisteredDistrict))
            .WithMessage(_ => ValidationText.Get("town.wrong-district"));
        RuleFor(x => x.ContactPerson).RequiredText("contact-person.required", "contact-person.too-long", Enterprise.PersonMaxLength);
        RuleFor(x => x.ContactPhone).ChinesePhone();
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.Password).Password(PasswordMinLength);
        RuleFor(x => x.ConfirmPassword)
            .Equal(x => x.Password).WithMessage(_ => ValidationText.Get("password.mismatch"));
        RuleFor(x => x.AcceptTerms).Equal(true).WithMessage(_ => ValidationText.Get("pledge.required"));
    }
}
