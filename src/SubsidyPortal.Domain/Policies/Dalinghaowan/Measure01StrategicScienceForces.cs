namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （一）第 2 段: "支持企业牵头新建、重组全国重点实验室、国家工程研究中心等高水平创新平台，按照相关规定落实经费支持，
/// 并给予最高 200 万元的奖励。" The 经费支持 under 相关规定 is another programme; this clause encodes only the reward.
/// (（一）第 1 段 names no figure and is out of scope.)
/// </summary>
public sealed class Measure01NationalPlatformReward : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/01-national-platform-reward";

    public override string Article => "（一）第 2 段";

    public override string TitleZh => "企业牵头新建、重组国家级高水平创新平台奖励";

    public override string Quote => "支持企业牵头新建、重组全国重点实验室、国家工程研究中心等高水平创新平台，按照相关规定落实经费支持，并给予最高200 万元的奖励。";

    public override decimal CeilingYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["营业执照复印件（加盖公章）", "全国重点实验室、国家工程研究中心等平台批准新建或重组的文件", "企业作为牵头单位的证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("leadsNationalPlatform", "dalinghaowan-01-leads-national-platform", "企业牵头新建或重组全国重点实验室、国家工程研究中心等高水平创新平台", "The enterprise leads the new build or reorganisation of a national key laboratory, national engineering research centre or similar platform"),
    ];
}
