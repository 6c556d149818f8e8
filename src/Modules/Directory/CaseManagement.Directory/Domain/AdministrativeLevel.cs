namespace CaseManagement.Directory.Domain;

public enum AdministrativeLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
    Village = 4,
}

public static class AdministrativeLevelRules
{
    /// <summary>Which tier may sit directly above another. A commune may hang under a province:
    /// the 2025 reform removed districts.</summary>
    public static bool CanBeChildOf(this AdministrativeLevel child, AdministrativeLevel parent) => child switch
    {
        AdministrativeLevel.District => parent == AdministrativeLevel.Province,
        AdministrativeLevel.Commune => parent is AdministrativeLevel.District or AdministrativeLevel.Province,
        AdministrativeLevel.Village => parent == AdministrativeLevel.Commune,
        _ => false,
    };

    public static bool NeedsParent(this AdministrativeLevel level) => level != AdministrativeLevel.Province;
}
