using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Application.Accounts;

/// <summary>An Administrator creates every staff account; staff never register themselves.</summary>
public sealed class CreateStaffAccountInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public Guid? TownOrParkId { get; set; }

    /// <summary>The administering authorities a committee, finance or expert account serves (at least one).</summary>
    public List<string> AuthorityIds { get; set; } = [];

    public string? Password { get; set; }
}

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccountInput>
{
    public CreateStaffAccountValidator(IReadOnlyCollection<Guid> townOrParkIds)
    {
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.DisplayName).RequiredText("display-name.required", "contact-person.too-long", 50);
        RuleFor(x => x.Role)
            .Must(r => r is not null && PortalRoles.Staff.Contains(r))
            .WithMessage(_ => ValidationText.Get("role.required"));
        RuleFor(x => x.TownOrParkId)
            .Must(t => t is not null && townOrParkIds.Contains(t.Value))
            .When(x => x.Role == PortalRoles.TownOrPark)
            .WithMessage(_ => ValidationText.Get("town.required-for-role"));
        RuleFor(x => x.AuthorityIds).ServesAuthorities(x => x.Role);
        RuleFor(x => x.Password).Password(RegisterEnterpriseValidator.PasswordMinLength);
    }
}
