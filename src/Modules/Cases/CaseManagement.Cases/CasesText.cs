using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Cases;

/// <summary>The Cases module's user-facing messages and code names (Resources/CasesMessages*.resx).</summary>
internal static class CasesText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.Cases.Resources.CasesMessages", typeof(CasesText).Assembly));

    /// <summary>The name users see for a code-list value: <c>AbuseType.Violence</c> → "Bạo lực".</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Messages[$"{typeof(TEnum).Name}.{value}"];
}
