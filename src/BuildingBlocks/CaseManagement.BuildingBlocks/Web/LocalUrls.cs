namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Where a page may send a person back to: a path on this site, never another site (<c>//host</c>, <c>/\host</c>).</summary>
public static class LocalUrls
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
