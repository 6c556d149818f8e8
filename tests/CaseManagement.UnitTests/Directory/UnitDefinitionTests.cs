using CaseManagement.Directory.Domain;

namespace CaseManagement.UnitTests.Directory;

public class UnitDefinitionTests
{
    private static UnitDefinition Commune(string code = "21025", string name = "Phường Nguyễn Nghiêm", string? parent = "522",
        DateOnly? from = null, DateOnly? to = null) => new(code, name, AdministrativeLevel.Commune, parent, from, to, []);

    [Fact]
    public void A_well_formed_commune_has_no_violations() => Assert.Empty(Commune().Violations());

    [Theory]
    [InlineData("")]
    [InlineData("21 025")]
    [InlineData("-21025")]
    [InlineData("123456789012345678901")]
    public void Codes_must_be_short_and_plain(string code) =>
        Assert.Contains(UnitViolations.BadCode, Commune(code: code).Violations());

    [Fact]
    public void Village_codes_may_carry_a_local_suffix() => Assert.Empty(Commune(code: "21025-TDP1").Violations());

    [Fact]
    public void Name_is_required() => Assert.Contains(UnitViolations.BadName, Commune(name: " ").Violations());

    [Fact]
    public void Validity_may_not_end_before_it_starts() =>
        Assert.Contains(UnitViolations.ValidityReversed, Commune(from: new DateOnly(2025, 7, 1), to: new DateOnly(2025, 6, 30)).Violations());

    [Fact]
    public void A_one_day_validity_is_allowed() =>
        Assert.Empty(Commune(from: new DateOnly(2025, 7, 1), to: new DateOnly(2025, 7, 1)).Violations());

    [Fact]
    public void Communes_need_a_parent_and_provinces_have_none()
    {
        Assert.Contains(UnitViolations.ParentMissing, Commune(parent: null).Violations());
        var province = new UnitDefinition("51", "Tỉnh Quảng Ngãi", AdministrativeLevel.Province, "01", null, null, []);
        Assert.Contains(UnitViolations.ProvinceHasParent, province.Violations());
    }

    [Fact]
    public void A_unit_cannot_be_its_own_parent() =>
        Assert.Contains(UnitViolations.OwnParent, Commune(code: "522", parent: "522").Violations());

    [Theory]
    [InlineData(AdministrativeLevel.District, AdministrativeLevel.Province, true)]
    [InlineData(AdministrativeLevel.Commune, AdministrativeLevel.District, true)]
    [InlineData(AdministrativeLevel.Commune, AdministrativeLevel.Province, true)] // after the 2025 reform
    [InlineData(AdministrativeLevel.Village, AdministrativeLevel.Commune, true)]
    [InlineData(AdministrativeLevel.Village, AdministrativeLevel.District, false)]
    [InlineData(AdministrativeLevel.District, AdministrativeLevel.Commune, false)]
    [InlineData(AdministrativeLevel.Province, AdministrativeLevel.Province, false)]
    public void Levels_nest_as_the_law_allows(AdministrativeLevel child, AdministrativeLevel parent, bool allowed) =>
        Assert.Equal(allowed, child.CanBeChildOf(parent));
}
