namespace SubsidyPortal.Domain.Reference;

/// <summary>
/// 镇（园区）/ 街道: the local unit that confirms its own enterprises' filings during preliminary review
/// (各镇（园区）对辖区企业的申报信息进行确认). Reference data kept by an Administrator.
/// </summary>
public sealed class TownOrPark
{
    private TownOrPark()
    {
        Name = string.Empty;
    }

    public TownOrPark(Guid id, District district, string name, TownOrParkKind kind)
    {
        if (district == District.OutsideShanghai)
        {
            throw new ArgumentException("A town or park lies in a Shanghai district.", nameof(district));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        District = district;
        Name = name.Trim();
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public District District { get; private set; }

    public string Name { get; private set; }

    public TownOrParkKind Kind { get; private set; }
}

public enum TownOrParkKind
{
    Town = 1,
    Subdistrict = 2,
    Park = 3,
}
