using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class TwentyMegabytesIsTheLimitTests
{
    [Fact]
    public void The_limit_is_twenty_binary_megabytes() => Assert.Equal(20 * 1024 * 1024, MaterialFileInspector.MaxBytes);

    [Fact]
    public async Task A_file_of_exactly_20_MB_is_accepted()
    {
        var stream = new GeneratedStream(Pdf(), MaterialFileInspector.MaxBytes);

        var accepted = Assert.IsType<MaterialInspectionResult.Accepted>(await MaterialFileInspector.InspectAsync(stream, "年度审计报告.pdf"));

        Assert.Equal(MaterialFileInspector.MaxBytes, accepted.Length);
        Assert.Equal(MaterialFileInspector.MaxBytes, accepted.Content.Length);
    }

    [Fact]
    public async Task One_byte_more_is_refused_as_too_large_and_nothing_past_that_byte_is_read()
    {
        var stream = new GeneratedStream(Pdf(), MaterialFileInspector.MaxBytes + 1L);

        var refused = Assert.IsType<MaterialInspectionResult.Refused>(await MaterialFileInspector.InspectAsync(stream, "年度审计报告.pdf"));

        Assert.Equal(MaterialFileInspector.TooLargeCode, refused.Code);
        Assert.Equal(MaterialFileInspector.MaxBytes + 1L, stream.BytesRead);
    }
}
