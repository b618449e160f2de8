namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（八）第 1 段: 首次达标的瞪羚企业 — 200 万元, a fixed award.</summary>
public sealed class Measure08GazelleFirstQualified : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/08-gazelle-first-qualified";

    public override string Article => "（八）第 1 段";

    public override string TitleZh => "首次达标瞪羚企业奖励";

    public override string Quote => "对首次达标的瞪羚企业、独角兽企业分别给予 200 万元、400万元的奖励。";

    public override decimal AwardYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["瞪羚企业达标认定证明", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("gazelleFirstQualified", "dalinghaowan-08-gazelle-first", "首次达标瞪羚企业", "First qualified as a gazelle enterprise"),
    ];
}

/// <summary>（八）第 1 段: 首次达标的独角兽企业 — 400 万元, a fixed award.</summary>
public sealed class Measure08UnicornFirstQualified : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/08-unicorn-first-qualified";

    public override string Article => "（八）第 1 段";

    public override string TitleZh => "首次达标独角兽企业奖励";

    public override string Quote => "对首次达标的瞪羚企业、独角兽企业分别给予 200 万元、400万元的奖励。";

    public override decimal AwardYuan => 4_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["独角兽企业达标认定证明", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("unicornFirstQualified", "dalinghaowan-08-unicorn-first", "首次达标独角兽企业", "First qualified as a unicorn enterprise"),
    ];
}

/// <summary>（八）第 2 段 揭榜挂帅: 分阶段, at most 50% of the 揭榜额, at most 2000 万元 in all.</summary>
public sealed class Measure08ChallengeList : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/08-challenge-list";

    public override string Article => "（八）第 2 段";

    public override string TitleZh => "关键核心技术“揭榜挂帅”经费支持";

    public override string Quote => "支持企业开展关键核心技术攻关，完善企业出题机制，定期发布“大零号湾”关键核心技术需求榜单，支持全球机构“揭榜挂帅”，分阶段给予不超过揭榜额 50%、最高 2000 万元的经费支持。";

    public override string BaseKey => "challengeAmount";

    public override string BaseLabelZh => "揭榜额";

    public override string BaseLabelEn => "Amount of the accepted challenge";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 20_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["揭榜协议（含揭榜额）", "攻关方案及阶段目标", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("acceptedListedChallenge", "dalinghaowan-08-accepted-challenge", "揭榜“大零号湾”关键核心技术需求榜单项目", "Accepted a challenge from the Dalinghaowan key core technology list"),
    ];
}

/// <summary>（八）第 3 段: 优质科创企业、企业家榜单 — at most 20 万元.</summary>
public sealed class Measure08TopList : DalinghaowanCeilingClause
{
    public override string Id => "dalinghaowan-2024/08-top-list";

    public override string Article => "（八）第 3 段";

    public override string TitleZh => "优质科创企业、企业家上榜奖励";

    public override string Quote => "定期编制发布“大零号湾”优质科创企业、企业家榜单，对上榜企业、企业家给予最高 20 万元的奖励。";

    public override decimal CeilingYuan => 200_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["上榜公布文件", "营业执照复印件或企业家身份证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("onTopList", "dalinghaowan-08-on-top-list", "列入“大零号湾”优质科创企业或企业家榜单", "Listed on the Dalinghaowan top innovative enterprise or entrepreneur list"),
    ];
}
