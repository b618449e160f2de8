namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（十七）第 1 段: 举办高水平学术会议、科创赛事 — at most 50% of total investment, at most 300 万元.</summary>
public sealed class Measure17HostingEvents : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/17-hosting-events";

    public override string Article => "（十七）第 1 段";

    public override string TitleZh => "举办高水平学术会议、科创赛事经费支持";

    public override string Quote => "支持各类创新主体举办高水平学术会议、科创赛事等活动，强化与“浦江创新论坛”“世界人工智能大会”等对接联动，根据活动领域、规模、成效等，给予不超过总投入 50%、最高 300 万元的举办经费支持。";

    public override string BaseKey => "eventTotalInvestment";

    public override string BaseLabelZh => "活动总投入";

    public override string BaseLabelEn => "Total investment in the event";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["活动方案及总结", "活动支出专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("hostsHighLevelEvent", "dalinghaowan-17-hosts-event", "举办高水平学术会议、科创赛事等活动", "Hosts a high-level academic conference, innovation contest or similar event"),
    ];
}

/// <summary>（十七）第 2 段: 参加国际重大会议、展览展示和成果发布 — at most 30% of total investment, at most 100 万元.</summary>
public sealed class Measure17InternationalParticipation : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/17-international-participation";

    public override string Article => "（十七）第 2 段";

    public override string TitleZh => "参加国际重大会议、展览展示和成果发布经费支持";

    public override string Quote => "支持各类创新主体参加国际重大会议、展览展示和成果发布，融入全球创新网络，给予不超过总投入 30%、最高 100 万元的经费支持。";

    public override string BaseKey => "participationTotalInvestment";

    public override string BaseLabelZh => "参会参展总投入";

    public override string BaseLabelEn => "Total investment in taking part";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 1_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["参会参展邀请或注册证明", "费用支付凭证", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("attendsInternationalEvent", "dalinghaowan-17-attends-international-event", "参加国际重大会议、展览展示或成果发布", "Takes part in a major international conference, exhibition or launch"),
    ];
}
