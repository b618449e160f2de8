namespace SubsidyPortal.Domain.Common;

internal static class Guard
{
    public static void NonNegativeFen(decimal yuan, string code)
    {
        if (yuan < 0 || !Money.IsWholeFen(yuan))
        {
            throw new DomainException(code, $"{yuan} is not a non-negative amount in yuan to the fen.");
        }
    }

    public static string Required(string? value, string code, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            throw new DomainException(code, $"A value of at most {maxLength} characters is required.");
        }

        return value.Trim();
    }

    public static string? Optional(string? value, string code, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Trim().Length > maxLength
            ? throw new DomainException(code, $"At most {maxLength} characters.")
            : value.Trim();
    }
}
