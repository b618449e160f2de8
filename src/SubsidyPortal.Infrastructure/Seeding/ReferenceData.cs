using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>
/// Towns, subdistricts and parks of the districts whose policies the portal runs (长宁、金山、闵行 for 大零号湾).
/// An Administrator maintains the list afterwards; seeding only adds what is missing.
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyList<TownOrPark> TownsOrParks { get; } =
    [
        .. Build(District.Changning, TownOrParkKind.Town, "新泾镇"),
        .. Build(District.Changning, TownOrParkKind.Subdistrict,
            "华阳路街道", "江苏路街道", "新华路街道", "周家桥街道", "天山路街道", "仙霞新村街道", "虹桥街道", "程家桥街道", "北新泾街道"),
        .. Build(District.Changning, TownOrParkKind.Park, "虹桥临空经济示范区"),
        .. Build(District.Jinshan, TownOrParkKind.Town,
            "朱泾镇", "枫泾镇", "张堰镇", "亭林镇", "吕巷镇", "廊下镇", "金山卫镇", "漕泾镇", "山阳镇"),
        .. Build(District.Jinshan, TownOrParkKind.Subdistrict, "石化街道"),
        // 碳谷绿湾: one of the four biomedical areas 金科〔2025〕25 号 names (JinshanPolicy.BiomedAreaTowns).
        .. Build(District.Jinshan, TownOrParkKind.Park, "金山工业区", "上海湾区高新技术产业开发区", "碳谷绿湾产业园"),
        .. Build(District.Minhang, TownOrParkKind.Town, "吴泾镇", "颛桥镇", "马桥镇", "梅陇镇", "七宝镇", "浦江镇", "莘庄镇"),
        .. Build(District.Minhang, TownOrParkKind.Subdistrict, "江川路街道", "古美路街道"),
        .. Build(District.Minhang, TownOrParkKind.Park, "莘庄工业区", "紫竹高新技术产业开发区", "大零号湾科技创新策源功能区"),
    ];

    public static Guid TownId(District district, string name) => DeterministicGuid.Create($"town:{district}:{name}");

    private static IEnumerable<TownOrPark> Build(District district, TownOrParkKind kind, params string[] names) =>
        names.Select(n => new TownOrPark(TownId(district, n), district, n, kind));
}
