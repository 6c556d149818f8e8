using System.Globalization;
using System.Resources;

namespace CaseManagement.SupportInterventions.Contracts;

/// <summary>The names people read for the values of SupportInterventions' code lists (Resources/SupportLabels*.resx),
/// in the caller's language: one resource for every module that shows them.</summary>
public static class SupportLabels
{
    private static readonly ResourceManager Labels = new("CaseManagement.SupportInterventions.Contracts.Resources.SupportLabels", typeof(SupportLabels).Assembly);

    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Find(typeof(TEnum).Name, value.ToString()) ?? value.ToString();

    /// <summary>The name of a value of the code list <paramref name="list"/> (an enum's name), or null when it has none.</summary>
    public static string? Find(string list, string value) => Labels.GetString($"{list}.{value}", CultureInfo.CurrentUICulture);
}
