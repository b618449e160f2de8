namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters over the 31-character set 0-9 A-H J-N P-R T-U W-Y.
/// Positions 3–8 are the registering authority's administrative-division code (digits); the 18th is a
/// check character: 31 − (Σ value(cᵢ)·3^(i−1) mod 31 for i = 1..17) mod 31.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015 table 2: I, O, S, V and Z are excluded so they are not mistaken for 1, 0, 5, U and 2.
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string ForbiddenLetters = "IOSVZ";

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>Parses without guessing: no trimming of inner spaces, no upper-casing; the error says what is wrong.</summary>
    public static UnifiedSocialCreditCodeError? TryParse(string? input, out UnifiedSocialCreditCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return UnifiedSocialCreditCodeError.Empty;
        }

        var text = input.Trim();
        if (text.Length != Length)
        {
            return UnifiedSocialCreditCodeError.WrongLength;
        }

        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z')
            {
                return UnifiedSocialCreditCodeError.LowerCase;
            }

            if (ForbiddenLetters.Contains(ch))
            {
                return UnifiedSocialCreditCodeError.ForbiddenLetter;
            }

            if (!Charset.Contains(ch))
            {
                return UnifiedSocialCreditCodeError.InvalidCharacter;
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return UnifiedSocialCreditCodeError.DivisionCodeNotDigits;
            }
        }

        if (CheckCharacterFor(text.AsSpan(0, Length - 1)) != text[Length - 1])
        {
            return UnifiedSocialCreditCodeError.WrongCheckCharacter;
        }

        code = new UnifiedSocialCreditCode(text);
        return null;
    }

    public static UnifiedSocialCreditCode Parse(string input) =>
        TryParse(input, out var code) is { } error
            ? throw new FormatException($"'{input}' is not a valid unified social credit code: {error}.")
            : code;

    /// <summary>The check character for the first 17 characters (which must already be in the charset).</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are weighted.", nameof(first17));
        }

        var sum = 0;
        var weight = 1;
        foreach (var ch in first17)
        {
            var value = Charset.IndexOf(ch);
            if (value < 0)
            {
                throw new ArgumentException($"'{ch}' is not in the GB 32100-2015 character set.", nameof(first17));
            }

            sum += value * weight;
            weight = weight * 3 % 31;
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }
}

public enum UnifiedSocialCreditCodeError
{
    Empty,
    WrongLength,
    LowerCase,
    ForbiddenLetter,
    InvalidCharacter,
    DivisionCodeNotDigits,
    WrongCheckCharacter,
}
