using System.Security.Cryptography;
using SubsidyPortal.Application.Accounts;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>
/// How an account's state is kept: in Identity's own lockout, so sign-in refuses it without extra code. A lockout
/// from wrong passwords ends minutes later; a disabled account is locked out until <see cref="DisabledUntil"/>.
/// </summary>
public static class AccountLockouts
{
    /// <summary>The lockout end a disabled account carries.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Any lockout ending after this is a disable, not a wrong-password lockout.</summary>
    public static readonly DateTimeOffset DisabledFrom = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledFrom;

    public static AccountState StateOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? AccountState.Disabled
        : lockoutEnd > now ? AccountState.Locked
        : AccountState.Active;
}

/// <summary>Temporary passwords an administrator hands over: easy to read aloud (no 0/O, 1/l/I), in three groups.</summary>
public static class TemporaryPasswords
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string All = Upper + Lower + Digits;

    /// <summary>Twelve random characters as "Xxxx-xxxx-xxxx", with at least one upper-case letter, one lower-case
    /// letter and one digit, so it passes the portal's password rules.</summary>
    public static string Generate()
    {
        while (true)
        {
            var chars = RandomNumberGenerator.GetItems<char>(All, 12);
            if (chars.Any(c => Upper.Contains(c)) && chars.Any(c => Lower.Contains(c)) && chars.Any(c => Digits.Contains(c)))
            {
                return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
            }
        }
    }
}
