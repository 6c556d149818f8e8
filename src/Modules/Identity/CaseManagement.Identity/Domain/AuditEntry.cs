using System.Globalization;

namespace CaseManagement.Identity.Domain;

/// <summary>
/// One line of the audit trail: who did what to which resource, when, from where, with what outcome.
/// Written during the request; later sealed into the hash chain (<see cref="AuditChain"/>) by
/// giving it the next chain index and a hash over its content and the previous entry's hash.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string Action { get; private set; } = "";

    public string ResourceType { get; private set; } = "";

    public string? ResourceId { get; private set; }

    public string Outcome { get; private set; } = "";

    public int? StatusCode { get; private set; }

    public string? ClientAddress { get; private set; }

    public string? CorrelationId { get; private set; }

    public long? ChainIndex { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset occurredAt, string? userId, string? userName, string action, string resourceType, string? resourceId,
        string outcome, int? statusCode, string? clientAddress, string? correlationId) => new()
    {
        // Milliseconds: every provider stores them exactly, so the hash stays reproducible.
        OccurredAt = new DateTimeOffset(occurredAt.UtcTicks - (occurredAt.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
        UserId = userId,
        UserName = Truncate(userName, 256),
        Action = Truncate(action, 64)!,
        ResourceType = Truncate(resourceType, 64)!,
        ResourceId = Truncate(resourceId, 128),
        Outcome = Truncate(outcome, 32)!,
        StatusCode = statusCode,
        ClientAddress = Truncate(clientAddress, 64),
        CorrelationId = Truncate(correlationId, 100),
    };

    /// <summary>Everything the hash covers, in a fixed invariant form.</summary>
    public string CanonicalContent() => string.Join('\u001f',
        Id.ToString(CultureInfo.InvariantCulture),
        OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        UserId, UserName, Action, ResourceType, ResourceId, Outcome,
        StatusCode?.ToString(CultureInfo.InvariantCulture), ClientAddress, CorrelationId);

    public void Seal(long chainIndex, string previousHash)
    {
        if (Hash is not null)
        {
            throw new InvalidOperationException($"Audit entry {Id} is already sealed.");
        }

        ChainIndex = chainIndex;
        PreviousHash = previousHash;
        Hash = AuditChain.HashOf(chainIndex, previousHash, CanonicalContent());
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
