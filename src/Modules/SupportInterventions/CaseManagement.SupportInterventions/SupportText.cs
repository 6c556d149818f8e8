using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.SupportInterventions;

/// <summary>The module's user-facing messages and code names (Resources/SupportMessages*.resx).</summary>
internal static class SupportText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.SupportInterventions.Resources.SupportMessages", typeof(SupportText).Assembly));

    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Messages[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>A Directory service type's name from its code (plan items keep the code).</summary>
    public static string ServiceTypeName(string code) => Directory.Contracts.ServiceTypeNames.NameOf(code);
}
