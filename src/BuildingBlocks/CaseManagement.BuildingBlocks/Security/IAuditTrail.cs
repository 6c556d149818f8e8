namespace CaseManagement.BuildingBlocks.Security;

/// <summary>What one audit entry says. User, client address and correlation id are taken from
/// the current request when not given.</summary>
public sealed record AuditRecord(
    string Action,
    string ResourceType,
    string? ResourceId,
    string Outcome,
    int? StatusCode = null,
    string? UserId = null,
    string? UserName = null);

/// <summary>The append-only audit trail (kept by the Identity module). Modules record through this
/// interface; reads and changes of case data are also recorded by the pipeline for endpoints
/// marked with <see cref="AuditedEndpointExtensions.Audited"/>.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Denied = "denied";
    public const string NotFound = "not_found";
    public const string Failed = "failed";
    public const string Invalid = "invalid";

    public static string ForStatus(int status) => status switch
    {
        < 400 => Success,
        401 or 403 => Denied,
        404 => NotFound,
        400 or 409 or 422 => Invalid,
        _ => Failed,
    };
}
