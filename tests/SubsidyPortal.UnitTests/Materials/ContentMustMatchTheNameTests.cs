using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class ContentMustMatchTheNameTests
{
    [Fact]
    public async Task A_PNG_named_pdf_is_refused_because_its_content_does_not_match_its_name()
    {
        var refused = await Refused(Png(), "x.pdf");

        Assert.Equal(MaterialFileInspector.ContentMismatchCode, refused.Code);
        Assert.Equal("x.pdf", refused.DisplayName);
    }

    [Theory]
    [InlineData("photo.png")]
    [InlineData("photo.ofd")]
    public async Task A_JPEG_may_not_claim_another_allowed_type(string name) =>
        Assert.Equal(MaterialFileInspector.ContentMismatchCode, (await Refused(Jpeg(), name)).Code);

    [Theory]
    [InlineData("report.exe")]
    [InlineData("report.html")]
    [InlineData("report.zip")]
    public async Task An_allowed_file_named_as_something_else_entirely_is_refused(string name) =>
        Assert.Equal(MaterialFileInspector.ContentMismatchCode, (await Refused(Pdf(), name)).Code);

    [Fact]
    public async Task An_OFD_named_zip_is_refused() =>
        Assert.Equal(MaterialFileInspector.ContentMismatchCode, (await Refused(Ofd(), "电子发票.zip")).Code);

    [Theory]
    [InlineData("报告.2024")]
    [InlineData("营业执照 v1.2")]
    [InlineData("营业执照.扫描件")]
    public async Task Dots_that_do_not_form_an_extension_claim_no_type(string name) =>
        Assert.Equal(MaterialFileKind.Pdf, (await Accepted(Pdf(), name)).Kind);
}
