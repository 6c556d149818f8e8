using CaseManagement.BuildingBlocks.Security;

namespace CaseManagement.UnitTests.Identity;

public class UnitTreeTests
{
    private static readonly ILookup<string, string> Children = new (string Parent, string Child)[]
    {
        ("51", "522"), ("51", "535"), ("522", "21025"), ("535", "21484"), ("535", "21487"), ("21025", "21025-TDP1"),
    }.ToLookup(l => l.Parent, l => l.Child);

    [Fact]
    public void A_district_covers_itself_and_everything_below_it_and_nothing_beside_it() =>
        Assert.Equal(["21484", "21487", "535"], UnitTree.Subtree("535", Children).Order(StringComparer.Ordinal));

    [Fact]
    public void A_province_covers_the_whole_tree() =>
        Assert.Equal(7, UnitTree.Subtree("51", Children).Count);

    [Fact]
    public void A_cycle_in_bad_data_does_not_loop_forever()
    {
        var cyclic = new (string Parent, string Child)[] { ("A", "B"), ("B", "A") }.ToLookup(l => l.Parent, l => l.Child);
        Assert.Equal(["A", "B"], UnitTree.Subtree("A", cyclic).Order(StringComparer.Ordinal));
    }
}
