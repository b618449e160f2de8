using System.Text.RegularExpressions;
using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed partial class StoredNamesAreGeneratedTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("营业执照.pdf")]
    [InlineData(@"C:\Windows\System32\cmd.pdf")]
    public async Task The_stored_name_is_a_random_id_plus_the_detected_extension_and_never_contains_the_original_name(string original)
    {
        var accepted = await Accepted(Pdf(), original);

        Assert.Matches(StoredName(), accepted.StoredName);
        Assert.DoesNotContain(Path.GetFileNameWithoutExtension(accepted.DisplayName), accepted.StoredName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_extension_comes_from_the_content_not_from_the_name()
    {
        var accepted = await Accepted(Jpeg(), "photo.jpeg");

        Assert.EndsWith(".jpg", accepted.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_gets_two_stored_names()
    {
        var first = await Accepted(Pdf(), "营业执照.pdf");
        var second = await Accepted(Pdf(), "营业执照.pdf");

        Assert.NotEqual(first.StoredName, second.StoredName);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.pdf$")]
    private static partial Regex StoredName();
}
