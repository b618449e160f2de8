namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （十九）第 3 段: 园区高水平基础设施、空间环境、公共服务设施建设或升级改造 — 分阶段, at most 5000 万元 in all.
/// The text names no rate and no stage schedule: the clause gives the ceiling and the committee sets the stages.
/// </summary>
public sealed class Measure19ParkInfrastructure : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/19-park-infrastructure";

    public override string Article => "（十九）第 3 段";

    public override string TitleZh => "科创园区基础设施、空间环境和公共服务设施建设经费支持";

    public override string Quote => "对开展高水平基础设施、空间环境和公共服务设施建设或升级改造的园区建设或运营主体，分阶段给予最高 5000 万元的经费支持。";

    public override decimal CeilingYuan => 50_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["建设或改造项目方案及预算", "园区建设或运营主体证明", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("parkBuilderOrOperator", "dalinghaowan-19-park-builder-or-operator", "申报单位为园区建设或运营主体", "The applicant builds or operates the park"),
        new("parkInfrastructureProject", "dalinghaowan-19-infrastructure-project", "开展高水平基础设施、空间环境或公共服务设施建设或升级改造", "Builds or upgrades high-level infrastructure, space or public-service facilities"),
    ];
}
