namespace CaseManagement.Directory.Contracts;

/// <summary>Tier of an administrative unit. Since 1 July 2025 communes sit directly under provinces.</summary>
public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
    Village = 4,
}
