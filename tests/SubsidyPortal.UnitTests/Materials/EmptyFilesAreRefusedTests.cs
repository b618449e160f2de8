using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class EmptyFilesAreRefusedTests
{
    [Theory]
    [InlineData("营业执照.pdf")]
    [InlineData("")]
    public async Task A_file_with_no_bytes_is_refused_as_empty(string name)
    {
        var refused = await Refused([], name);

        Assert.Equal(MaterialFileInspector.EmptyCode, refused.Code);
    }

    [Fact]
    public async Task The_refusal_becomes_an_error_beside_the_upload_field()
    {
        var refused = await Refused([], "营业执照.pdf");

        var error = refused.ToFieldError("BusinessLicence");

        Assert.Equal("BusinessLicence", error.Field);
        Assert.Equal(refused.Message, error.Message);
    }
}
