namespace CaseManagement.Web;

/// <summary>What a person typed into a form, as the API takes it.</summary>
public static class Typed
{
    /// <summary>Null for an empty field, else the text without its surrounding spaces.</summary>
    public static string? Blank(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();

    /// <summary>An amount in đồng as people write it (1.500.000, 1,500,000 or 1 500 000); null when it does not read.</summary>
    public static long? Dong(string? typed) =>
        long.TryParse(typed?.Replace(".", "").Replace(",", "").Replace(" ", ""), out var amount) ? amount : null;
}
