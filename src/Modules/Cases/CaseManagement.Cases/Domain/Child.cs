using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>
/// A child, a record of its own: one child can be in several cases over the years. Who the child is
/// (name, date of birth, personal number, address, school, parents and carers) is kept sealed in
/// <see cref="IdentitySealed"/>; in the clear are only what statistics and matching need: sex,
/// birth year, ethnicity, residence unit, and keyed hashes (<see cref="ChildKey"/>).
/// </summary>
public sealed class Child
{
    private readonly List<ChildKey> keys = [];

    private Child()
    {
    }

    public Guid Id { get; private set; }

    public Sex Sex { get; private set; }

    /// <summary>Known or estimated (from an estimated age at a report).</summary>
    public int? BirthYear { get; private set; }

    public bool BirthYearEstimated { get; private set; }

    public string? Ethnicity { get; private set; }

    public string? ResidenceUnitCode { get; private set; }

    public string IdentitySealed { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ChildKey> Keys => keys;

    public static Child Register(Guid id, ChildProfile profile, string identitySealed, IEnumerable<ChildKey> keys, DateTimeOffset at)
    {
        var child = new Child { Id = id, CreatedAt = at, Version = 1 };
        child.Apply(profile, identitySealed, keys);
        return child;
    }

    public void Update(ChildProfile profile, string identitySealed, IEnumerable<ChildKey> newKeys)
    {
        Apply(profile, identitySealed, newKeys);
        Version++;
    }

    /// <summary>Age in whole years on a day, from the birth date when known, else from the birth year.</summary>
    public static int? AgeOn(DateOnly? birthDate, int? birthYear, DateOnly day)
    {
        if (birthDate is { } born)
        {
            var age = day.Year - born.Year;
            return born.AddYears(age) > day ? age - 1 : age;
        }

        return birthYear is { } year ? day.Year - year : null;
    }

    private void Apply(ChildProfile profile, string identitySealed, IEnumerable<ChildKey> newKeys)
    {
        (Sex, BirthYear, BirthYearEstimated, Ethnicity, ResidenceUnitCode, IdentitySealed) =
            (profile.Sex, profile.BirthYear, profile.BirthYearEstimated, profile.Ethnicity, profile.ResidenceUnitCode, identitySealed);
        keys.Clear();
        keys.AddRange(newKeys.DistinctBy(k => (k.Kind, k.Hash)).Select(k => k with
        {
            ChildId = Id, Sex = profile.Sex, BirthYear = profile.BirthYear, ResidenceUnitCode = profile.ResidenceUnitCode,
        }));
    }
}

/// <summary>The parts of a child kept in the clear.</summary>
public sealed record ChildProfile(Sex Sex, int? BirthYear, bool BirthYearEstimated, string? Ethnicity, string? ResidenceUnitCode);

public enum ChildKeyKind : byte
{
    /// <summary>The whole normalised name.</summary>
    FullName = 1,

    /// <summary>One word of the normalised name (searching "an" finds "Nguyễn Văn An"); kept per case
    /// as <see cref="CaseSearchKey"/>, not per child.</summary>
    NameWord,

    PersonalNumber,

    /// <summary>The whole normalised name of a parent or carer.</summary>
    ParentName,

    /// <summary>Family name, given name and birth year, without the middle names ("nguyen an 2015" for
    /// "Nguyễn Văn An" born in 2015).</summary>
    FamilyGivenNameAndBirthYear,

    /// <summary>Given name and birth year ("an 2015"): the same child under another family-name spelling.</summary>
    GivenNameAndBirthYear,
}

/// <summary>A keyed hash (HMAC, first 8 bytes) of a normalised identifying value: searchable and
/// matchable without keeping the value in the clear. It carries copies of the child's sex, birth year
/// and residence (in the clear on the child too, set with the keys), so that duplicate matching scores
/// the children behind a hash from the keys' index alone: a common given name and year is hundreds of
/// children, and reading each from the children table was most of a duplicate check.</summary>
public sealed record ChildKey(Guid ChildId, ChildKeyKind Kind, long Hash)
{
    public Sex Sex { get; init; }

    public int? BirthYear { get; init; }

    public string? ResidenceUnitCode { get; init; }
}
