using SubsidyPortal.Application.Documents;
using SubsidyPortal.Domain.Documents;
using SubsidyPortal.Infrastructure.Documents;

namespace SubsidyPortal.UnitTests.Documents;

/// <summary>验证码 read aloud and typed back: no look-alikes, grouped in fours, any case and spacing accepted; and the
/// content hash printed on a document moves with any change of its text.</summary>
public sealed class VerificationCodeTests
{
    [Fact]
    public void A_new_code_is_three_groups_of_four_from_the_alphabet_without_look_alikes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => VerificationCode.New()).ToList();
        Assert.All(codes, code =>
        {
            Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$", code);
            Assert.Equal(code, VerificationCode.Normalise(code));
        });
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(VerificationCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L' or 'U');
    }

    [Theory]
    [InlineData("7kq4m9tx2hpa", "7KQ4-M9TX-2HPA")]
    [InlineData(" 7KQ4 M9TX 2HPA ", "7KQ4-M9TX-2HPA")]
    [InlineData("7KQ4－M9TX－2HPA", "7KQ4-M9TX-2HPA")]
    [InlineData("7KQ4-M9TX-2HP", null)]
    [InlineData("7KQ4-M9TX-2HPA-2", null)]
    [InlineData("0KQ4-M9TX-2HPA", null)]
    [InlineData("IKQ4-M9TX-2HPA", null)]
    [InlineData("", null)]
    [InlineData("../../etc", null)]
    public void A_typed_code_is_read_or_refused(string typed, string? expected) => Assert.Equal(expected, VerificationCode.Normalise(typed));

    [Theory]
    [InlineData("  AB:CD ", null)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("E3B0C442 98FC1C14 9AFBF4C8 996FB924 27AE41E4 649B934C A495991B 7852B855", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", null)]
    public void A_pasted_sha256_is_read_or_refused(string typed, string? expected) => Assert.Equal(expected, DocumentHashes.ReadHex(typed));

    [Fact]
    public void The_content_hash_changes_with_any_word_of_the_document()
    {
        DocumentContent Notice(string amount) => new(DocumentKind.ApprovalNotice, "长宁区科委", "上海示范科技有限公司", "91310105MA1FL1234X", "2026-12-04",
            [new DocumentField("资助金额", amount), new DocumentSealBox("长宁区科委（盖章）", "2026-12-04")]);

        Assert.Equal(Notice("80,000.00 元").ContentSha256(), Notice("80,000.00 元").ContentSha256());
        Assert.NotEqual(Notice("80,000.00 元").ContentSha256(), Notice("80,000.01 元").ContentSha256());
        Assert.Contains("资助金额：80,000.00 元", Notice("80,000.00 元").CanonicalText(), StringComparison.Ordinal);
    }
}
