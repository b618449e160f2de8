namespace SubsidyPortal.Domain.Enterprises;

/// <summary>
/// The industry fields the three policies single out (集成电路、人工智能、生物医药 and the like) plus a
/// catch-all; enough for rules to ask "is this enterprise in a field the clause names".
/// </summary>
public enum Industry
{
    Other = 0,
    InformationTechnology = 1,
    IntegratedCircuits = 2,
    ArtificialIntelligence = 3,
    Biomedicine = 4,
    MedicalDevices = 5,
    AdvancedManufacturing = 6,
    NewMaterials = 7,
    NewEnergy = 8,
    EnergySavingAndEnvironment = 9,
    DigitalEconomy = 10,
    TechnologyServices = 11,
}

/// <summary>科技小巨人（培育）企业 status, city or district level (glossary: TechLittleGiant).</summary>
public enum TechLittleGiantStatus
{
    None = 0,
    DistrictCultivation = 1,
    CityCultivation = 2,
    City = 3,
}
