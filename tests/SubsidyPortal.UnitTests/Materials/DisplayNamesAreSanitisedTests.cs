using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class DisplayNamesAreSanitisedTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData(@"C:\Users\张伟\Desktop\营业执照.pdf", "营业执照.pdf")]
    [InlineData(@"\\fileserver\share\..\审计报告.pdf", "审计报告.pdf")]
    [InlineData("C:营业执照.pdf", "C营业执照.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [InlineData("营业\0执照\r\n\t.pdf", "营业执照.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("zero\u200Bwidth.pdf", "zerowidth.pdf")]
    [InlineData("  营业执照.pdf . . ", "营业执照.pdf")]
    [InlineData("😀.pdf", "😀.pdf")]
    public void Path_parts_control_characters_and_reserved_characters_are_removed(string original, string expected) =>
        Assert.Equal(expected, MaterialFileNames.ToDisplayName(original));

    [Fact]
    public void A_half_character_is_removed()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var original = "lone" + (char)0xD800 + "surrogate.pdf";

        Assert.Equal("lonesurrogate.pdf", MaterialFileNames.ToDisplayName(original));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("../../")]
    [InlineData("\0\u0001\u001F")]
    [InlineData("<>:\"|?*")]
    public void A_name_with_nothing_usable_left_falls_back_to_a_neutral_name(string? original) =>
        Assert.Equal(MaterialFileNames.FallbackDisplayName, MaterialFileNames.ToDisplayName(original));

    [Fact]
    public void A_very_long_name_is_cut_to_255_characters_keeping_its_extension()
    {
        var name = MaterialFileNames.ToDisplayName(new string('材', 1000) + ".pdf");

        Assert.Equal(MaterialFileNames.MaxDisplayNameLength, name.Length);
        Assert.EndsWith("材.pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortening_never_splits_a_character_in_two()
    {
        // 251 characters are left for the name before ".pdf"; the 126th emoji straddles that cut.
        var name = MaterialFileNames.ToDisplayName(string.Concat(Enumerable.Repeat("😀", 300)) + ".pdf");

        Assert.Equal(MaterialFileNames.MaxDisplayNameLength - 1, name.Length);
        Assert.True(IsWellFormed(name));
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inspector_reports_the_sanitised_name_for_accepted_and_refused_files()
    {
        Assert.Equal("passwd.pdf", (await Accepted(Pdf(), "../../etc/passwd.pdf")).DisplayName);
        Assert.Equal("passwd.pdf", (await Refused(Exe(), "../../etc/passwd.pdf")).DisplayName);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
