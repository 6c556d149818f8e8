namespace CaseManagement.Reporting.Domain.Rounds;

public enum AnswerStatus
{
    /// <summary>Nothing written yet.</summary>
    Pending,
    Draft,
    Submitted,
    /// <summary>The sender sent it back for completion; it is a draft again.</summary>
    Returned,
}

/// <summary>
/// One recipient unit's answer to a round: a narrative per point, evidence documents and, when the
/// round names a period, the unit's statistics, frozen at submission so that the consolidated view
/// shows what the unit signed off. A late answer is accepted and marked late.
/// </summary>
public sealed class RoundAnswer
{
    private RoundAnswer()
    {
    }

    public Guid RoundId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    public AnswerStatus Status { get; private set; }

    /// <summary>Point number → the unit's narrative.</summary>
    public IReadOnlyDictionary<int, string> Narratives { get; private set; } = new Dictionary<int, string>();

    public string? ReturnComment { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    /// <summary>JSON of the statistics at submission (indicator → cell → count); null before.</summary>
    public string? Figures { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public int Version { get; private set; }

    public static RoundAnswer AwaitedFrom(Guid roundId, string unitCode, string unitName) => new()
    {
        RoundId = roundId,
        UnitCode = unitCode,
        UnitName = unitName,
        Status = AnswerStatus.Pending,
        Version = 1,
    };

    public bool IsLate(DateTimeOffset dueAt, DateTimeOffset now) => IsLate(SubmittedAt, dueAt, now);

    /// <summary>Submitted after the due time, or still not submitted once it has passed.</summary>
    public static bool IsLate(DateTimeOffset? submittedAt, DateTimeOffset dueAt, DateTimeOffset now) =>
        submittedAt is { } submitted ? submitted > dueAt : now > dueAt;

    public void Write(ReportingRound round, IReadOnlyDictionary<int, string> narratives, string by, DateTimeOffset at)
    {
        EnsureEditable(round);
        var unknown = narratives.Keys.Where(n => !round.PointsFor(UnitCode).Any(p => p.Number == n)).ToList();
        if (unknown.Count > 0)
        {
            throw new RoundRuleException("answer.unknown_point", string.Join(", ", unknown));
        }

        Narratives = narratives.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value.Trim());
        Status = Status == AnswerStatus.Returned ? AnswerStatus.Returned : AnswerStatus.Draft;
        Touch(by, at);
    }

    /// <summary>Every point answered, evidence attached when required; the statistics are frozen.</summary>
    public void Submit(ReportingRound round, int evidenceCount, string? figures, string by, DateTimeOffset at)
    {
        EnsureEditable(round);
        var missing = round.PointsFor(UnitCode).Where(p => !Narratives.ContainsKey(p.Number)).Select(p => p.Number).ToList();
        if (missing.Count > 0)
        {
            throw new RoundRuleException("answer.points_missing", string.Join(", ", missing));
        }

        if (round.EvidenceRequired && evidenceCount == 0)
        {
            throw new RoundRuleException("answer.evidence_missing");
        }

        Status = AnswerStatus.Submitted;
        SubmittedAt = at;
        SubmittedBy = by;
        Figures = figures;
        ReturnComment = null;
        Touch(by, at);
    }

    /// <summary>The sender asks for more: the answer becomes a draft again, with the comment.</summary>
    public void Return(ReportingRound round, string comment, string by, DateTimeOffset at)
    {
        if (round.Status == RoundStatus.Closed)
        {
            throw new RoundRuleException("round.closed");
        }

        if (Status != AnswerStatus.Submitted)
        {
            throw new RoundRuleException("answer.not_submitted");
        }

        Status = AnswerStatus.Returned;
        ReturnComment = comment;
        SubmittedAt = null;
        SubmittedBy = null;
        Figures = null;
        Touch(by, at);
    }

    /// <summary>Attachments change the answer too, so that two people attaching and submitting are ordered.</summary>
    public void EvidenceChanged(ReportingRound round, string by, DateTimeOffset at)
    {
        EnsureEditable(round);
        if (Status == AnswerStatus.Pending)
        {
            Status = AnswerStatus.Draft;
        }

        Touch(by, at);
    }

    private void EnsureEditable(ReportingRound round)
    {
        if (round.Status == RoundStatus.Closed)
        {
            throw new RoundRuleException("round.closed");
        }

        if (Status == AnswerStatus.Submitted)
        {
            throw new RoundRuleException("answer.submitted");
        }
    }

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }
}
