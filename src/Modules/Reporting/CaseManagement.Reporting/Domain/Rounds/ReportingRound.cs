namespace CaseManagement.Reporting.Domain.Rounds;

/// <summary>A point a round asks about (a district's request: "1. Công an huyện: …"); the units it is put to, or
/// every recipient when <see cref="Units"/> is empty.</summary>
public sealed record RoundPoint(int Number, string Title, string? Guidance, IReadOnlyList<string> Units)
{
    public bool IsPutTo(string unitCode) => Units.Count == 0 || Units.Contains(unitCode);
}

public enum RoundStatus
{
    Open,
    Closed,
}

/// <summary>
/// A reporting round: a higher level asks the units below for a report on given
/// points by a due time, optionally with evidence documents and with the statistics of a period;
/// each unit answers (<see cref="RoundAnswer"/>) and the sender consolidates. Closing the round
/// ends answering.
/// </summary>
public sealed class ReportingRound
{
    private ReportingRound()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The sender's document number, e.g. "3812/SLĐTBXH-TEBĐG&amp;PCTNXH".</summary>
    public string? Reference { get; private set; }

    public string Title { get; private set; } = "";

    public string SenderUnitCode { get; private set; } = "";

    public string SentBy { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public bool EvidenceRequired { get; private set; }

    /// <summary>The period whose statistics answers are pre-filled with, if any.</summary>
    public string? PeriodKey { get; private set; }

    /// <summary>Indicator codes of the pre-filled statistics.</summary>
    public IReadOnlyList<string> Indicators { get; private set; } = [];

    public IReadOnlyList<RoundPoint> Points { get; private set; } = [];

    public RoundStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int Version { get; private set; }

    public static ReportingRound Send(
        Guid id, string? reference, string title, string senderUnitCode, string sentBy, DateTimeOffset sentAt, DateTimeOffset dueAt,
        bool evidenceRequired, string? periodKey, IReadOnlyList<string> indicators, IReadOnlyList<RoundPoint> points) => new()
        {
            Id = id,
            Reference = reference,
            Title = title,
            SenderUnitCode = senderUnitCode,
            SentBy = sentBy,
            SentAt = sentAt,
            DueAt = dueAt,
            EvidenceRequired = evidenceRequired,
            PeriodKey = periodKey,
            Indicators = indicators,
            Points = points,
            Status = RoundStatus.Open,
            Version = 1,
        };

    public IEnumerable<RoundPoint> PointsFor(string unitCode) => Points.Where(p => p.IsPutTo(unitCode));

    public void Close(DateTimeOffset at)
    {
        if (Status == RoundStatus.Closed)
        {
            throw new RoundRuleException("round.closed");
        }

        Status = RoundStatus.Closed;
        ClosedAt = at;
        Version++;
    }
}

/// <summary>A round's rule refused an action: the code names the message (409).</summary>
public sealed class RoundRuleException(string code, params object[] arguments) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
