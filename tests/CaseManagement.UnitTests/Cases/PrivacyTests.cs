using CaseManagement.BuildingBlocks.Privacy;
using System.Security.Cryptography;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Privacy;
using Microsoft.Extensions.Options;

namespace CaseManagement.UnitTests.Cases;

public class PrivacyTests
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    private static SensitiveData Sealer(string current, params (string Id, string Key)[] keys) =>
        new(Options.Create(new PrivacyOptions { Keys = keys.ToDictionary(k => k.Id, k => k.Key), CurrentKeyId = current }));

    private static NameKeys Hasher(string key) => new(Options.Create(new PrivacyOptions { HashKey = key }));

    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("NGUYỄN  VĂN   AN", "nguyen van an")]
    [InlineData("Đinh Thị Hoà", "dinh thi hoa")]
    [InlineData(" Hồ Văn Út-Em ", "ho van ut em")]
    public void Names_are_normalised_without_diacritics_case_or_extra_spaces(string name, string expected) =>
        Assert.Equal(expected, NameKeys.Normalise(name));

    [Fact]
    public void Hashes_match_across_spellings_and_differ_between_keys()
    {
        var hasher = Hasher(KeyA);
        var written = hasher.For(Guid.Empty, "Nguyễn Văn An", 2015, "051-215-000-123", ["Nguyễn Văn Cường"]).ToList();
        var typed = hasher.For(Guid.Empty, "nguyen van an", 2015, "051215000123", ["NGUYEN VAN CUONG"]).ToList();
        Assert.Equal(written, typed);
        Assert.Equal(5, written.Count); // full name, family and given name, given name and year, personal number, a parent
        Assert.NotEqual(hasher.Hash(ChildKeyKind.FullName, "nguyen van an"), Hasher(KeyB).Hash(ChildKeyKind.FullName, "nguyen van an"));
        Assert.NotEqual(hasher.Hash(ChildKeyKind.FullName, "an"), hasher.Hash(ChildKeyKind.NameWord, "an"));
    }

    [Fact]
    public void A_childs_keys_carry_its_sex_birth_year_and_residence_and_follow_a_change_of_them()
    {
        var hasher = Hasher(KeyA);
        var id = Guid.NewGuid();
        var child = Child.Register(id, new ChildProfile(Sex.Male, 2015, false, null, "21484-TDP1"), "sealed",
            hasher.For(Guid.Empty, "Nguyễn Văn An", 2015, null, []), DateTimeOffset.UnixEpoch);
        Assert.All(child.Keys, k => Assert.Equal((id, Sex.Male, (int?)2015, "21484-TDP1"), (k.ChildId, k.Sex, k.BirthYear, k.ResidenceUnitCode)));

        child.Update(new ChildProfile(Sex.Female, 2014, true, null, "21025"), "sealed", hasher.For(Guid.Empty, "Nguyễn Thị An", 2014, null, []));
        Assert.All(child.Keys, k => Assert.Equal((id, Sex.Female, (int?)2014, "21025"), (k.ChildId, k.Sex, k.BirthYear, k.ResidenceUnitCode)));
    }

    [Fact]
    public void Sealed_text_opens_only_for_its_record_and_with_a_known_key()
    {
        var record = Guid.NewGuid();
        var sealer = Sealer("a", ("a", KeyA));
        var sealedText = sealer.Seal("Nguyễn Văn An", record);
        Assert.StartsWith("a:", sealedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguy", sealedText, StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn An", sealer.Open(sealedText, record));
        Assert.ThrowsAny<CryptographicException>(() => sealer.Open(sealedText, Guid.NewGuid()));

        var bytes = Convert.FromBase64String(sealedText[2..]);
        bytes[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => sealer.Open("a:" + Convert.ToBase64String(bytes), record));
    }

    [Fact]
    public void After_a_key_rotation_old_data_still_opens_and_new_data_uses_the_new_key()
    {
        var record = Guid.NewGuid();
        var before = Sealer("a", ("a", KeyA)).Seal("Trần Thị Bình", record);
        var rotated = Sealer("b", ("a", KeyA), ("b", KeyB));
        Assert.Equal("Trần Thị Bình", rotated.Open(before, record));
        Assert.StartsWith("b:", rotated.Seal("x", record), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() => Sealer("b", ("b", KeyB)).Open(before, record));
    }
}
