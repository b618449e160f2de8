using System.Text;
using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class ForgedContentIsRefusedTests
{
    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_as_an_unsupported_type() =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(Exe(), "营业执照.pdf")).Code);

    [Theory]
    [InlineData("材料清单.txt")]
    [InlineData("材料清单.pdf")]
    [InlineData("材料清单")]
    public async Task A_text_file_is_refused_whatever_it_is_called(string name) =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(Text(), name)).Code);

    [Fact]
    public async Task A_web_page_named_png_is_refused() =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode,
            (await Refused(Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"), "photo.png")).Code);

    [Fact]
    public async Task A_PDF_header_that_does_not_start_the_file_is_not_enough()
    {
        var polyglot = Encoding.ASCII.GetBytes("<html><!-- ").Concat(Pdf()).ToArray();

        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(polyglot, "report.pdf")).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' })]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4 })]
    public async Task A_truncated_signature_is_refused(byte[] content) =>
        Assert.Equal(MaterialFileInspector.UnsupportedTypeCode, (await Refused(content, "file")).Code);
}
