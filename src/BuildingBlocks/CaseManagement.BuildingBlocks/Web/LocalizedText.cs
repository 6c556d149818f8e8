using System.Globalization;
using System.Resources;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Reads a module's .resx messages in the request's UI culture (Vietnamese by default).</summary>
public sealed class LocalizedText(ResourceManager resources)
{
    public string this[string key] => Get(key);

    /// <summary>The text for a key that may have none (a code named where a name exists), else null.</summary>
    public string? Find(string key) => resources.GetString(key, CultureInfo.CurrentUICulture);

    public string Get(string key, params object?[] args)
    {
        var format = resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"Missing localised text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}

/// <summary>The messages of the shared pipeline (Resources/ErrorMessages*.resx).</summary>
public static class ErrorText
{
    public static LocalizedText Messages { get; } = new(new ResourceManager(
        "CaseManagement.BuildingBlocks.Resources.ErrorMessages", typeof(ErrorText).Assembly));
}
