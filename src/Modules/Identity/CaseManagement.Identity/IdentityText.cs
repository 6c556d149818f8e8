using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Identity;

/// <summary>The Identity module's user-facing texts (Resources/IdentityMessages*.resx).</summary>
internal static class IdentityText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.Identity.Resources.IdentityMessages", typeof(IdentityText).Assembly));
}
