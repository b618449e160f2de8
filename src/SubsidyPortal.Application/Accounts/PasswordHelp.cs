namespace SubsidyPortal.Application.Accounts;

/// <summary>How someone who forgot their password gets back in.</summary>
public enum PasswordResetRoute
{
    /// <summary>The administrator checks who is asking and sets a temporary password (no mail server yet).</summary>
    ByAdministrator,

    /// <summary>The portal has a mail server: the forgot-password page asks for the address and mails a reset link
    /// (<see cref="IPasswordResetByMail"/>); the administrator remains the route for anyone without that mailbox.</summary>
    EmailLink,
}

/// <summary>Whom to contact about an account. Any part may be missing when the operator has not configured it.</summary>
public sealed record SupportContact(string? Office, string? Phone, string? Email);

public sealed record PasswordHelp(PasswordResetRoute Route, SupportContact Contact);

/// <summary>What the forgot-password page tells a person: the route this portal offers and whom to contact.</summary>
public interface IPasswordHelp
{
    Task<PasswordHelp> HelpAsync(bool chinese, CancellationToken cancellationToken);
}
