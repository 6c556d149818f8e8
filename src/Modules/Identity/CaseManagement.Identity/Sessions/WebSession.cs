namespace CaseManagement.Identity.Sessions;

/// <summary>A signed-in browser session of the web application: its authentication ticket (with the user's
/// access and refresh tokens) kept here, encrypted, so that the cookie only carries the session's key and
/// every Host instance finds the same session.</summary>
internal sealed class WebSession
{
    public required string Key { get; init; }

    public required string UserId { get; set; }

    /// <summary>The serialized ticket, protected with the shared Data Protection key ring.</summary>
    public required byte[] Ticket { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
