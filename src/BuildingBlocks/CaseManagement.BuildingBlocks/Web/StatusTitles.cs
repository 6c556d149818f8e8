namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Localised titles for answers the framework produces without an exception
/// (401, 403, unknown routes, wrong methods or content types, rate limits).</summary>
public static class StatusTitles
{
    public static string? For(int status) => status switch
    {
        401 => ErrorText.Messages["Problem.Unauthorized.Title"],
        403 => ErrorText.Messages["Problem.Forbidden.Title"],
        404 => ErrorText.Messages["Problem.NotFound.Title"],
        405 => ErrorText.Messages["Problem.MethodNotAllowed.Title"],
        415 => ErrorText.Messages["Problem.UnsupportedMediaType.Title"],
        429 => ErrorText.Messages["Problem.TooManyRequests.Title"],
        _ => null,
    };
}
