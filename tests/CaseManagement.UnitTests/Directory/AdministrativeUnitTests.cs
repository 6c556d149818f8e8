using CaseManagement.Directory.Domain;

namespace CaseManagement.UnitTests.Directory;

public class AdministrativeUnitTests
{
    private static readonly UnitDefinition BaTo = new("535", "Huyện Ba Tơ", AdministrativeLevel.District, "51", null, null, []);

    [Fact]
    public void A_new_unit_starts_at_version_one()
    {
        var unit = AdministrativeUnit.Create(BaTo);
        Assert.Equal(1, unit.Version);
        Assert.Equal("Huyện Ba Tơ", unit.Name);
    }

    [Fact]
    public void Applying_the_same_values_changes_nothing()
    {
        var unit = AdministrativeUnit.Create(BaTo);
        Assert.False(unit.Apply(BaTo));
        Assert.Equal(1, unit.Version);
    }

    [Fact]
    public void A_change_bumps_the_version()
    {
        var unit = AdministrativeUnit.Create(BaTo);
        Assert.True(unit.Apply(BaTo with { ValidTo = new DateOnly(2025, 6, 30) }));
        Assert.Equal(2, unit.Version);
        Assert.Equal(new DateOnly(2025, 6, 30), unit.ValidTo);
    }

    [Fact]
    public void A_definition_for_another_code_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => AdministrativeUnit.Create(BaTo).Apply(BaTo with { Code = "534" }));

    [Theory]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", false)]
    [InlineData("1990-01-01", true)]
    public void Validity_includes_its_last_day(string date, bool valid) =>
        Assert.Equal(valid, AdministrativeUnit.Create(BaTo with { ValidTo = new DateOnly(2025, 6, 30) }).IsValidOn(DateOnly.Parse(date)));
}
