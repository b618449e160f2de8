using System.Security.Cryptography;

namespace SubsidyPortal.Domain.Documents;

/// <summary>
/// 验证码: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), grouped in fours to be read
/// aloud over the phone: 7KQ4-M9TX-2HPA. 30^12 ≈ 5·10^17 codes, so guessing one that was issued is hopeless.
/// </summary>
public static class VerificationCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 12;

    /// <summary>The stored and printed form: 14 characters with the two hyphens.</summary>
    public const int FormattedLength = Length + 2;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Format(chars);
    }

    /// <summary>
    /// Reads a code as people type it: any case, with or without hyphens or spaces (full-width too). Null when it
    /// cannot be a code, so an unknown and a malformed code are answered alike.
    /// </summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        Span<char> chars = stackalloc char[Length];
        var n = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ' or '\u2010' or '\u2013' or '\u2014' or '\uFF0D' or '\u3000')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (n == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            chars[n++] = upper;
        }

        return n == Length ? Format(chars) : null;
    }

    private static string Format(ReadOnlySpan<char> chars) => $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
}
