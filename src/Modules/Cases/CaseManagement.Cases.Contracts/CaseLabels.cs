using System.Globalization;
using System.Resources;

namespace CaseManagement.Cases.Contracts;

/// <summary>The names people read for the values of Cases' code lists (Resources/CaseLabels*.resx), in the
/// caller's language (Vietnamese unless English was asked for): one resource for every module that shows them.</summary>
public static class CaseLabels
{
    private static readonly ResourceManager Labels = new("CaseManagement.Cases.Contracts.Resources.CaseLabels", typeof(CaseLabels).Assembly);

    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Find(typeof(TEnum).Name, value.ToString()) ?? value.ToString();

    /// <summary>The name of a value of the code list <paramref name="list"/> (an enum's name), or null when it has none.</summary>
    public static string? Find(string list, string value) => Labels.GetString($"{list}.{value}", CultureInfo.CurrentUICulture);
}
