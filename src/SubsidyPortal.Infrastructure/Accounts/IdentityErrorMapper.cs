using Microsoft.AspNetCore.Identity;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>Identity's English error codes, turned into the portal's messages against the right field.</summary>
internal static class IdentityErrorMapper
{
    public static CommandResult ToCommandResult(this IdentityResult result, string emailField, string passwordField, int passwordMinLength) =>
        new(result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                new FieldError(emailField, ValidationText.Get("email.taken")),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                new FieldError(emailField, ValidationText.Get("email.invalid")),
            nameof(IdentityErrorDescriber.PasswordTooShort) => new FieldError(passwordField, ValidationText.Get("password.too-short", passwordMinLength)),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new FieldError(passwordField, ValidationText.Get("password.needs-digit")),
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => new FieldError(passwordField, ValidationText.Get("password.needs-lower")),
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new FieldError(passwordField, ValidationText.Get("password.needs-upper")),
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new FieldError(passwordField, ValidationText.Get("password.needs-symbol")),
            _ => new FieldError(string.Empty, e.Description),
        }).ToList());
}
