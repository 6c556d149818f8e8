using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Features.Reports;

namespace CaseManagement.Reporting.Features.Rounds;

public sealed record RoundPointView(int Number, string Title, string? Guidance, IReadOnlyList<string> Units);

/// <summary>Where one recipient stands: answered or not, late or not, how many evidence documents.</summary>
public sealed record RecipientStatus(string UnitCode, string UnitName, AnswerStatus Status, string StatusName, bool Late, DateTimeOffset? SubmittedAt, int Evidence);

/// <param name="Recipients">Every recipient for the sender; the caller's own unit only for a recipient.</param>
public sealed record RoundView(
    Guid Id, string? Reference, string Title, string SenderUnitCode, string SentBy, DateTimeOffset SentAt, DateTimeOffset DueAt, bool EvidenceRequired,
    string? Period, IReadOnlyList<string> Indicators, IReadOnlyList<RoundPointView> Points, RoundStatus Status, string StatusName, int Version,
    bool IsSender, RoundProgress Progress, IReadOnlyList<RecipientStatus> Recipients);

public sealed record RoundProgress(int Recipients, int Submitted, int Late, int Outstanding)
{
    public static RoundProgress Of(IReadOnlyCollection<(AnswerStatus Status, DateTimeOffset? SubmittedAt)> answers, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var submitted = answers.Count(a => a.Status == AnswerStatus.Submitted);
        return new(answers.Count, submitted, answers.Count(a => RoundAnswer.IsLate(a.SubmittedAt, dueAt, now)), answers.Count - submitted);
    }
}

/// <summary>A line of the caller's rounds: sent by their jurisdiction, or asked of their unit.</summary>
public sealed record RoundSummary(
    Guid Id, string? Reference, string Title, string SenderUnitCode, DateTimeOffset SentAt, DateTimeOffset DueAt, RoundStatus Status, bool IsSender,
    RoundProgress Progress, AnswerStatus? OwnAnswer);

public sealed record PointAnswerView(int Number, string Title, string? Guidance, string? Narrative);

public sealed record EvidenceView(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <param name="StatisticsFrozen">True when the statistics are those frozen at submission; false when they are today's.</param>
public sealed record AnswerView(
    Guid RoundId, string UnitCode, string UnitName, AnswerStatus Status, string StatusName, int Version, bool Late, string? ReturnComment,
    DateTimeOffset? SubmittedAt, string? SubmittedBy, IReadOnlyList<PointAnswerView> Points, IReadOnlyList<EvidenceView> Evidence,
    string? Period, bool StatisticsFrozen, IReadOnlyList<IndicatorTable> Statistics);

public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);

/// <summary>The sender's consolidated view: each point with every unit's narrative, and each unit's totals.</summary>
public sealed record ConsolidatedRound(RoundView Round, IReadOnlyList<ConsolidatedPoint> Points, IReadOnlyList<ConsolidatedFigures> Statistics);

public sealed record ConsolidatedPoint(int Number, string Title, IReadOnlyList<UnitNarrative> Answers);

public sealed record UnitNarrative(string UnitCode, string UnitName, AnswerStatus Status, string? Narrative);

/// <param name="Totals">Indicator code → the unit's total; frozen at submission, today's figures otherwise.</param>
public sealed record ConsolidatedFigures(string UnitCode, string UnitName, bool Frozen, IReadOnlyDictionary<string, int> Totals);
