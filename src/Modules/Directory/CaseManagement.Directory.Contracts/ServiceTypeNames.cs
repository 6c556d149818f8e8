using System.Globalization;
using System.Resources;

namespace CaseManagement.Directory.Contracts;

/// <summary>The names people read for the service types, in the caller's language (Vietnamese unless English
/// was asked for): one resource for every module that shows them.</summary>
public static class ServiceTypeNames
{
    private static readonly ResourceManager Names = new("CaseManagement.Directory.Contracts.Resources.ServiceTypeNames", typeof(ServiceTypeNames).Assembly);

    public static string NameOf(ServiceType type) => NameOf(type.ToString());

    /// <summary>The name of a service type known by its code; an unknown code is shown as it is.</summary>
    public static string NameOf(string code) => Names.GetString($"ServiceType.{code}", CultureInfo.CurrentUICulture) ?? code;
}
