using System.Text.RegularExpressions;
using FluentValidation;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Application.Validation;

/// <summary>Shared property rules, each with its message in the user's language.</summary>
public static partial class ValidationRules
{
    /// <summary>Upper bound for a single yuan figure on a form (a thousand billion yuan): catches unit slips.</summary>
    public const decimal MaxYuan = 1_000_000_000_000m;

    public static IRuleBuilderOptionsConditions<T, string?> UnifiedSocialCreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (Domain.Enterprises.UnifiedSocialCreditCode.TryParse(value, out _) is { } error)
            {
                context.AddFailure(ValidationText.Get($"uscc.{error}", value?.Trim().Length ?? 0));
            }
        });

    public static IRuleBuilderOptions<T, string?> ChinesePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(_ => ValidationText.Get("contact-phone.required"))
            .Must(p => string.IsNullOrWhiteSpace(p) || PhonePattern().IsMatch(p.Trim()))
            .WithMessage(_ => ValidationText.Get("contact-phone.invalid"));

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string requiredKey, string tooLongKey, int maxLength) =>
        rule.NotEmpty().WithMessage(_ => ValidationText.Get(requiredKey))
            .Must(v => v is null || v.Trim().Length <= maxLength)
            .WithMessage(_ => ValidationText.Get(tooLongKey, maxLength));

    public static IRuleBuilderOptions<T, decimal?> Yuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null or >= 0).WithMessage(_ => ValidationText.Get("amount.negative"))
            .Must(v => v is null || Money.IsWholeFen(v.Value)).WithMessage(_ => ValidationText.Get("amount.too-many-decimals"))
            .Must(v => v is null or < MaxYuan).WithMessage(_ => ValidationText.Get("amount.too-large"));

    /// <summary>A figure that may be negative (净利润: a loss), to the fen and within the same bound either way.</summary>
    public static IRuleBuilderOptions<T, decimal?> SignedYuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || Money.IsWholeFen(v.Value)).WithMessage(_ => ValidationText.Get("amount.too-many-decimals"))
            .Must(v => v is null || Math.Abs(v.Value) < MaxYuan).WithMessage(_ => ValidationText.Get("amount.too-large"));

    public static IRuleBuilderOptions<T, int?> StaffCount<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(v => v is null or >= 0).WithMessage(_ => ValidationText.Get("count.negative"))
            .Must(v => v is null or <= 10_000_000).WithMessage(_ => ValidationText.Get("count.too-large"));

    /// <summary>The earliest date a form takes for an enterprise's own history (the rules' bound too): a year typed
    /// short, 0025 for 2025, is caught rather than stored.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static IRuleBuilderOptions<T, DateOnly?> NotBeforeEarliest<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || d.Value >= EarliestDate).WithMessage(_ => ValidationText.Get("date.too-early"));

    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, Func<DateOnly> today) =>
        rule.Must(d => d is null || d.Value <= today()).WithMessage(_ => ValidationText.Get("date.in-future"));

    // Mobile: 11 digits starting 13–19. Landline: area code 0xx/0xxx, 7–8 digits, optional extension.
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public static partial Regex EmailPattern();

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(_ => ValidationText.Get("email.required"))
            .Must(e => string.IsNullOrWhiteSpace(e) || (e.Trim().Length <= 254 && EmailPattern().IsMatch(e.Trim())))
            .WithMessage(_ => ValidationText.Get("email.invalid"));

    /// <summary>Mirrors the Identity password options configured in the web host.</summary>
    public static IRuleBuilderOptions<T, string?> Password<T>(this IRuleBuilder<T, string?> rule, int minLength) =>
        rule.NotEmpty().WithMessage(_ => ValidationText.Get("password.required"))
            .Must(p => string.IsNullOrEmpty(p) || p.Length >= minLength).WithMessage(_ => ValidationText.Get("password.too-short", minLength))
            .Must(p => string.IsNullOrEmpty(p) || p.Any(char.IsAsciiDigit)).WithMessage(_ => ValidationText.Get("password.needs-digit"))
            .Must(p => string.IsNullOrEmpty(p) || p.Any(char.IsAsciiLetterLower)).WithMessage(_ => ValidationText.Get("password.needs-lower"))
            .Must(p => string.IsNullOrEmpty(p) || p.Any(char.IsAsciiLetterUpper)).WithMessage(_ => ValidationText.Get("password.needs-upper"));
}
