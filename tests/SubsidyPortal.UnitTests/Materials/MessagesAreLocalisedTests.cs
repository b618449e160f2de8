using SubsidyPortal.Application.Materials;
using static SubsidyPortal.UnitTests.Materials.MaterialSamples;

namespace SubsidyPortal.UnitTests.Materials;

public sealed class MessagesAreLocalisedTests
{
    [Fact]
    public async Task An_empty_file_is_explained_in_Chinese_under_zh_CN() =>
        Assert.Equal("文件“营业执照.pdf”为空（0 字节），无法上传。请检查文件后重新选择。",
            (await InCulture("zh-CN", () => Refused([], "营业执照.pdf"))).Message);

    [Fact]
    public async Task An_empty_file_is_explained_in_English_under_en() =>
        Assert.Equal("The file “营业执照.pdf” is empty (0 bytes) and cannot be uploaded. Check the file and choose it again.",
            (await InCulture("en", () => Refused([], "营业执照.pdf"))).Message);

    [Theory]
    [InlineData("zh-CN", "文件“审计报告.pdf”超过 20 MB")]
    [InlineData("en", "The file “审计报告.pdf” is larger than 20 MB")]
    public async Task A_file_over_the_limit_names_the_limit(string culture, string expectedStart)
    {
        var refused = await InCulture(culture, async () => Assert.IsType<MaterialInspectionResult.Refused>(
            await MaterialFileInspector.InspectAsync(new GeneratedStream(Pdf(), length: null), "审计报告.pdf")));

        Assert.StartsWith(expectedStart, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "仅接受 PDF、JPEG、PNG、OFD 格式")]
    [InlineData("en", "only PDF, JPEG, PNG and OFD are accepted")]
    public async Task An_unsupported_file_is_told_which_formats_are_accepted(string culture, string expected)
    {
        var refused = await InCulture(culture, () => Refused(Exe(), "setup.pdf"));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.Contains("“setup.pdf”", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "文件“x.pdf”的内容与扩展名不符：内容是 PNG 格式，扩展名却是“.pdf”。请确认是否选错了文件。")]
    [InlineData("en", "The content of “x.pdf” does not match its extension: the content is PNG, but the extension is “.pdf”. Check that you chose the right file.")]
    public async Task A_mismatch_says_what_the_content_really_is(string culture, string expected) =>
        Assert.Equal(expected, (await InCulture(culture, () => Refused(Png(), "x.pdf"))).Message);

    [Fact]
    public async Task A_name_with_format_braces_is_shown_as_typed() =>
        Assert.Contains("“{0}{1}.pdf”", (await InCulture("zh-CN", () => Refused([], "{0}{1}.pdf"))).Message, StringComparison.Ordinal);
}
