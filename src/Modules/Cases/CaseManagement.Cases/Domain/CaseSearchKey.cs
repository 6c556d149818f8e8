namespace CaseManagement.Cases.Domain;

/// <summary>
/// A keyed hash of one word of the name of a child in a case, kept with the case's commune: the
/// case list finds "Nguyễn Văn An" in a district by looking up the hash of "an" for that district's
/// communes only, instead of every child of that name in the country.
/// </summary>
public sealed record CaseSearchKey(Guid CaseId, long Hash, string UnitCode);
