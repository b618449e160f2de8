using System.Security.Cryptography;
using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class EachAllowedKindIsAcceptedTests
{
    public static TheoryData<MaterialFileKind, string, string> Samples => new()
    {
        { MaterialFileKind.Pdf, "营业执照.pdf", "application/pdf" },
        { MaterialFileKind.Jpeg, "法人身份证.jpg", "image/jpeg" },
        { MaterialFileKind.Png, "研发费用专项审计报告.png", "image/png" },
        { MaterialFileKind.Ofd, "电子发票.ofd", "application/ofd" },
    };

    private static byte[] Sample(MaterialFileKind kind) => kind switch
    {
        MaterialFileKind.Pdf => Pdf(),
        MaterialFileKind.Jpeg => Jpeg(),
        MaterialFileKind.Png => Png(),
        _ => Ofd(),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_real_file_of_each_kind_is_accepted_with_its_type_taken_from_the_content(MaterialFileKind kind, string name, string contentType)
    {
        var bytes = Sample(kind);

        var accepted = await Accepted(bytes, name);

        Assert.Equal(kind, accepted.Kind);
        Assert.Equal(contentType, accepted.ContentType);
        Assert.Equal(name, accepted.DisplayName);
        Assert.EndsWith(kind.Extension(), accepted.StoredName, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, accepted.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), accepted.Sha256);
        Assert.Equal(bytes, accepted.Content.ToArray());
    }

    [Fact]
    public async Task The_accepted_bytes_can_be_read_back_as_a_stream_for_storage()
    {
        var bytes = Pdf();
        var accepted = await Accepted(bytes, "a.pdf");

        using var stream = accepted.OpenRead();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.False(stream.CanWrite);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Theory]
    [InlineData("SCAN.PDF", MaterialFileKind.Pdf)]
    [InlineData("photo.jpeg", MaterialFileKind.Jpeg)]
    [InlineData("photo.JPG", MaterialFileKind.Jpeg)]
    [InlineData("invoice.OFD", MaterialFileKind.Ofd)]
    public async Task Any_usual_spelling_of_the_right_extension_is_accepted(string name, MaterialFileKind kind) =>
        Assert.Equal(kind, (await Accepted(Sample(kind), name)).Kind);

    [Theory]
    [InlineData("营业执照", "营业执照.pdf")]
    [InlineData("营业执照 v1.2", "营业执照 v1.2.pdf")]
    [InlineData(null, "unnamed.pdf")]
    public async Task A_name_that_claims_no_type_is_accepted_and_given_the_detected_extension(string? name, string displayName) =>
        Assert.Equal(displayName, (await Accepted(Pdf(), name)).DisplayName);
}
