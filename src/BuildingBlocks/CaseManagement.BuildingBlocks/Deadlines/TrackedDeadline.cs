namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>One running or finished time limit on a case (or on one thing in it: a referral, a
/// plan), from the signal that started it to the one that stopped it.</summary>
public sealed class TrackedDeadline
{
    private TrackedDeadline()
    {
    }

    public Guid Id { get; private set; }

    public string RuleCode { get; private set; } = "";

    public Guid CaseId { get; private set; }

    /// <summary>The referral, plan or separation the limit is about; null when it is about the case.</summary>
    public Guid? SubjectId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>When the sweep found it overdue (it stays overdue if stopped later).</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => StoppedAt is null;

    /// <summary>Stopped in time.</summary>
    public bool Met => StoppedAt is { } stopped && stopped <= DueAt;

    public static TrackedDeadline Start(DeadlineRule rule, DeadlineSubject subject, DateTimeOffset startedAt, DateTimeOffset dueAt) => new()
    {
        Id = Guid.CreateVersion7(),
        RuleCode = rule.Code,
        CaseId = subject.CaseId,
        SubjectId = subject.SubjectId,
        UnitCode = subject.UnitCode,
        // Stored in UTC: PostgreSQL keeps instants without their offset.
        StartedAt = startedAt.ToUniversalTime(),
        DueAt = dueAt.ToUniversalTime(),
        Version = 1,
    };

    public void Stop(DateTimeOffset at)
    {
        StoppedAt = at.ToUniversalTime();
        Version++;
    }

    /// <summary>When those who must meet it were warned that it falls due soon.</summary>
    public DateTimeOffset? WarnedAt { get; private set; }

    public void Warn(DateTimeOffset at)
    {
        WarnedAt = at.ToUniversalTime();
        Version++;
    }

    public void Breach(DateTimeOffset at)
    {
        BreachedAt = at.ToUniversalTime();
        Version++;
    }
}

/// <summary>What a deadline is about, and what picks its rule (the unit's province and remoteness).</summary>
public sealed record DeadlineSubject(Guid CaseId, Guid? SubjectId, string UnitCode, string? ProvinceCode, bool Remote);
