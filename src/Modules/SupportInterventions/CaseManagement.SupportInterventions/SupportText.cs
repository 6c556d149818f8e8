using System.Resources;
using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.SupportInterventions;

/// <summary>The module's user-facing messages and code names (Resources/SupportMessages*.resx).</summary>
internal static class SupportText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.SupportInterventions.Resources.SupportMessages", typeof(SupportText).Assembly));

    /// <summary>The name users see for a code-list value: the shared code lists' names are in the Contracts projects
    /// (<see cref="Contracts.SupportLabels"/>, <see cref="Cases.Contracts.CaseLabels"/>), the module's own here.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => NameOf((Enum)value);

    public static string NameOf(Enum value)
    {
        var (list, code) = (value.GetType().Name, value.ToString());
        return value.GetType().Assembly == typeof(Contracts.SupportLabels).Assembly ? Contracts.SupportLabels.Find(list, code) ?? code
            : value.GetType().Assembly == typeof(Cases.Contracts.CaseLabels).Assembly ? Cases.Contracts.CaseLabels.Find(list, code) ?? code
            : Messages[$"{list}.{code}"];
    }

    /// <summary>A Directory service type's name from its code (plan items keep the code).</summary>
    public static string ServiceTypeName(string code) => Directory.Contracts.ServiceTypeNames.NameOf(code);
}
