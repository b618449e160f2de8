namespace SubsidyPortal.Domain.Reference;

/// <summary>Shanghai's sixteen districts (注册地 / 纳税地 / 销售结算地 are each one of these, or outside Shanghai).</summary>
public enum District
{
    OutsideShanghai = 0,
    Huangpu = 1,
    Xuhui = 2,
    Changning = 3,
    Jingan = 4,
    Putuo = 5,
    Hongkou = 6,
    Yangpu = 7,
    Minhang = 8,
    Baoshan = 9,
    Jiading = 10,
    Pudong = 11,
    Jinshan = 12,
    Songjiang = 13,
    Qingpu = 14,
    Fengxian = 15,
    Chongming = 16,
}
