namespace CaseManagement.Identity.Notifications;

/// <summary>One person told of one thing to do: what (<see cref="Kind"/>), on which case (by number, never a child's name),
/// since when, and whether they have read it. One event tells a person once (<see cref="MessageId"/>).</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>A <see cref="NoticeKinds"/> code; its words are the module's texts, in the reader's language.</summary>
    public string Kind { get; private set; } = "";

    public Guid CaseId { get; private set; }

    /// <summary>What in the case it is about, when not the case itself: a referral, a plan, a limit.</summary>
    public Guid? SubjectId { get; private set; }

    public string? CaseNumber { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>When the work is due, for a limit.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When it went out by e-mail, for those who asked for e-mail.</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    /// <summary>The integration event that told of it.</summary>
    public Guid MessageId { get; private set; }

    public static Notification For(Guid userId, Notice notice, Guid messageId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        UserId = userId,
        Kind = notice.Kind,
        CaseId = notice.CaseId,
        SubjectId = notice.SubjectId,
        CaseNumber = notice.CaseNumber,
        UnitCode = notice.UnitCode,
        DueAt = notice.DueAt,
        CreatedAt = at,
        MessageId = messageId,
    };

    public void Read(DateTimeOffset at) => ReadAt ??= at;

    public void Emailed(DateTimeOffset at) => EmailedAt ??= at;
}

/// <summary>A case Identity has heard of: its number and commune, for the notices of events that carry only the id.</summary>
public sealed class KnownCase(Guid caseId, string number, string unitCode)
{
    public Guid CaseId { get; private set; } = caseId;

    public string Number { get; private set; } = number;

    public string UnitCode { get; set; } = unitCode;
}
