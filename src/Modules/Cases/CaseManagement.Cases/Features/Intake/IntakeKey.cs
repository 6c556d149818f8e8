using CaseManagement.BuildingBlocks.Web;

namespace CaseManagement.Cases.Features.Intake;

/// <summary>A report sent with an <c>Idempotency-Key</c>: the case it opened (or was added to), so that the same form
/// sent again (a double tap, a reload, a retry on a bad link, an offline report sent when the link returns) answers
/// that case instead of opening another. Keys belong to the user who sent them.</summary>
internal sealed class IntakeKey
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 100;

    public required string UserId { get; init; }

    public required string Key { get; init; }

    public required Guid CaseId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>A key a client may send: 1 to 100 visible ASCII characters (a UUID, typically).</summary>
    public static bool IsWellFormed(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and <= '~');

    /// <summary>A key sent that is not well formed is the header's field error.</summary>
    public static void Check(string? key)
    {
        if (key is not null && !IsWellFormed(key))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [Header] = [CasesText.Messages.Get("field.idempotency_key", MaxLength)],
            });
        }
    }
}
