using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.UnitTests.Enterprises;

/// <summary>GB 32100-2015: 18 characters, no I/O/S/V/Z, digits at 3–8, check character mod 31.</summary>
public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91330100799655058B")]
    [InlineData("9144030071526726XG")]
    [InlineData("914403001922038216")]
    [InlineData("  91330100799655058B ")]
    public void Published_codes_of_real_enterprises_are_valid(string input)
    {
        Assert.Null(UnifiedSocialCreditCode.TryParse(input, out var code));
        Assert.Equal(input.Trim(), code.Value);
    }

    [Theory]
    [InlineData("91330100799655058A")]
    [InlineData("9144030071526726XH")]
    [InlineData("914403001922038217")]
    public void A_wrong_check_character_is_refused(string input) =>
        Assert.Equal(UnifiedSocialCreditCodeError.WrongCheckCharacter, UnifiedSocialCreditCode.TryParse(input, out _));

    [Theory]
    [InlineData("91330100799655058")]
    [InlineData("91330100799655058BB")]
    [InlineData("9133")]
    public void A_code_that_is_not_18_characters_is_refused(string input) =>
        Assert.Equal(UnifiedSocialCreditCodeError.WrongLength, UnifiedSocialCreditCode.TryParse(input, out _));

    [Theory]
    [InlineData("91330100799655058b")]
    [InlineData("9144030071526726xg")]
    public void Lower_case_letters_are_refused(string input) =>
        Assert.Equal(UnifiedSocialCreditCodeError.LowerCase, UnifiedSocialCreditCode.TryParse(input, out _));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void The_letters_I_O_S_V_and_Z_are_refused(char letter) =>
        Assert.Equal(UnifiedSocialCreditCodeError.ForbiddenLetter, UnifiedSocialCreditCode.TryParse($"91310105MA1FL{letter}XK2R", out _));

    [Theory]
    [InlineData("91310105MA1FL-XK2R")]
    [InlineData("91310105MA1FL XK2R")]
    [InlineData("９1310105MA1FL1XK2R")]
    public void Other_characters_are_refused(string input) =>
        Assert.Equal(UnifiedSocialCreditCodeError.InvalidCharacter, UnifiedSocialCreditCode.TryParse(input, out _));

    [Fact]
    public void The_administrative_division_code_must_be_digits() =>
        Assert.Equal(UnifiedSocialCreditCodeError.DivisionCodeNotDigits, UnifiedSocialCreditCode.TryParse("9131A105MA1FL1XK2R", out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_code_is_refused(string? input) =>
        Assert.Equal(UnifiedSocialCreditCodeError.Empty, UnifiedSocialCreditCode.TryParse(input, out _));

    [Fact]
    public void The_check_character_is_computed_over_the_first_seventeen()
    {
        Assert.Equal('B', UnifiedSocialCreditCode.CheckCharacterFor("91330100799655058"));
        Assert.Equal('6', UnifiedSocialCreditCode.CheckCharacterFor("91440300192203821"));
    }

    [Fact]
    public void A_remainder_of_zero_gives_the_check_character_0()
    {
        // Search for a prefix whose weighted sum is a multiple of 31: the standard maps 31 to '0'.
        var prefix = Enumerable.Range(0, 31).Select(i => $"9131010500000{i:D4}").First(p => UnifiedSocialCreditCode.CheckCharacterFor(p) == '0');
        Assert.Null(UnifiedSocialCreditCode.TryParse(prefix + "0", out _));
    }
}
