using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Persistence;

namespace CaseManagement.Cases.Features.Shared;

internal sealed class CaseDeadlineEvents : IDeadlineEvents<CasesDbContext>
{
    public object? Breached(TrackedDeadline d) =>
        new DeadlineBreached(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.StartedAt, d.DueAt, d.BreachedAt!.Value);

    public object? DueSoon(TrackedDeadline d) =>
        new DeadlineDueSoon(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.DueAt, d.WarnedAt!.Value);

    public object? Stopped(TrackedDeadline d) =>
        new DeadlineStopped(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.StartedAt, d.DueAt, d.Met, d.StoppedAt!.Value);
}
