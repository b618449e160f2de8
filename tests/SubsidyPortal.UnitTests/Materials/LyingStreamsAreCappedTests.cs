using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class LyingStreamsAreCappedTests
{
    [Fact]
    public async Task An_endless_stream_that_claims_to_be_tiny_is_read_only_one_byte_past_the_limit()
    {
        var stream = new GeneratedStream(Pdf(), length: null, reportedLength: 100);

        var refused = Assert.IsType<MaterialInspectionResult.Refused>(await MaterialFileInspector.InspectAsync(stream, "小文件.pdf"));

        Assert.Equal(MaterialFileInspector.TooLargeCode, refused.Code);
        Assert.Equal(MaterialFileInspector.MaxBytes + 1L, stream.BytesRead);
    }

    [Fact]
    public async Task A_small_stream_that_claims_to_be_two_gigabytes_is_judged_by_what_it_holds()
    {
        var pdf = Pdf();
        var stream = new GeneratedStream(pdf, pdf.Length, reportedLength: 2L * 1024 * 1024 * 1024);

        var accepted = Assert.IsType<MaterialInspectionResult.Accepted>(await MaterialFileInspector.InspectAsync(stream, "小文件.pdf"));

        Assert.Equal(pdf.Length, accepted.Length);
    }
}
