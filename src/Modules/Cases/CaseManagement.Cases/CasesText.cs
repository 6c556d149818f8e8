using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Cases;

/// <summary>The Cases module's user-facing messages and code names (Resources/CasesMessages*.resx).</summary>
internal static class CasesText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.Cases.Resources.CasesMessages", typeof(CasesText).Assembly));

    /// <summary>The name users see for a code-list value: <c>AbuseType.Violence</c> → "Bạo lực"; the shared code lists'
    /// names are in Cases.Contracts (<see cref="Contracts.CaseLabels"/>), the module's own here.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        typeof(TEnum).Assembly == typeof(Contracts.CaseLabels).Assembly ? Contracts.CaseLabels.NameOf(value) : Messages[$"{typeof(TEnum).Name}.{value}"];
}
