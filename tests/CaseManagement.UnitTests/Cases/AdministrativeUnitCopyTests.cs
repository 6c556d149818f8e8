using CaseManagement.Cases.Domain;
using CaseManagement.Directory.Contracts;

namespace CaseManagement.UnitTests.Cases;

public class AdministrativeUnitCopyTests
{
    private static AdministrativeUnitChanged Change(int version, string name) =>
        new(Guid.NewGuid(), "535", name, UnitLevel.District, "51", null, null, [], false, version, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Applies_newer_versions_only()
    {
        var copy = AdministrativeUnitCopy.From(Change(2, "Huyện Ba Tơ"));
        Assert.False(copy.ApplyIfNewer(Change(1, "old name delivered late")));
        Assert.False(copy.ApplyIfNewer(Change(2, "same version again")));
        Assert.Equal("Huyện Ba Tơ", copy.Name);
        Assert.True(copy.ApplyIfNewer(Change(3, "Huyện Ba Tơ (mới)")));
        Assert.Equal("Huyện Ba Tơ (mới)", copy.Name);
        Assert.Equal(3, copy.Version);
    }
}
