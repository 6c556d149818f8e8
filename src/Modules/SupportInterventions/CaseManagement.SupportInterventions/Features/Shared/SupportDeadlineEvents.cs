using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.SupportInterventions.Contracts;
using CaseManagement.SupportInterventions.Persistence;

namespace CaseManagement.SupportInterventions.Features.Shared;

internal sealed class SupportDeadlineEvents : IDeadlineEvents<SupportInterventionsDbContext>
{
    public object? Breached(TrackedDeadline d) =>
        new SupportDeadlineBreached(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.StartedAt, d.DueAt, d.BreachedAt!.Value);

    public object? DueSoon(TrackedDeadline d) =>
        new SupportDeadlineDueSoon(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.DueAt, d.WarnedAt!.Value);

    public object? Stopped(TrackedDeadline d) =>
        new SupportDeadlineStopped(d.Id, d.RuleCode, d.CaseId, d.SubjectId, d.UnitCode, d.StartedAt, d.DueAt, d.Met, d.StoppedAt!.Value);
}
