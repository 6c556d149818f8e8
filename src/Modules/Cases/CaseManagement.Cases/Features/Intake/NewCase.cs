using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;

namespace CaseManagement.Cases.Features.Intake;

/// <summary>
/// Everything a new case needs, built as values before it is numbered: the case (its number still to come), its
/// new rows (children, search keys, deadlines, and whatever opens with it, such as a police crime report's
/// referral), and its events, of which the report's carries the number. The writer numbers it and inserts what
/// <see cref="Numbered"/> gives.
/// </summary>
internal sealed record NewCase(
    Case Case, int Year, IReadOnlyList<object> Rows, CaseReported Reported, IReadOnlyList<object> Events, string? Correlation)
{
    public string CommuneCode => Case.UnitCode;

    /// <summary>The case with its number, and every row to insert with it (its events as outbox rows). A batch that
    /// failed is written again case by case, under new numbers: each call numbers the case afresh.</summary>
    public IReadOnlyList<object> Numbered(string number)
    {
        Case.Numbered(number);
        var events = new object[] { Reported with { CaseNumber = number } }.Concat(Events);
        return [.. Rows, .. events.Select(e => OutboxMessage.Create(e, Case.UpdatedAt, Correlation))];
    }

    /// <summary>The same case opening with more rows and events (a crime report's referral).</summary>
    public NewCase With(IEnumerable<object> rows, IEnumerable<object> events) => this with { Rows = [.. Rows, .. rows], Events = [.. Events, .. events] };
}
