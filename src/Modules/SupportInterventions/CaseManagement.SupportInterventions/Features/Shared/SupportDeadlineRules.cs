using CaseManagement.BuildingBlocks.Deadlines;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>The signals SupportInterventions raises and its national deadline rules (DOMAIN.md §4,
/// D56 arts. 28–29); provinces add stricter ones with <c>Module: support</c> in <c>Deadlines:Rules</c>.</summary>
public static class SupportDeadlineRules
{
    public const string PlanningStarted = "case.planning-started";
    public const string PlanSubmitted = "plan.submitted";
    public const string PlanDecided = "plan.decided";
    public const string CaseClosed = "case.closed";

    public static IReadOnlyList<DeadlineRule> Defaults { get; } =
    [
        new()
        {
            Module = SupportInterventionsModule.Name, Code = "plan-drafting", Amount = 5, Unit = DeadlineUnit.WorkingDays,
            NameVi = "Xây dựng kế hoạch hỗ trợ, can thiệp trong 5 ngày làm việc", NameEn = "Support plan drafted within 5 working days",
            StartSignal = PlanningStarted, StopSignals = [PlanSubmitted, CaseClosed],
        },
        new()
        {
            Module = SupportInterventionsModule.Name, Code = "plan-approval", Amount = 2, Unit = DeadlineUnit.WorkingDays,
            NameVi = "Phê duyệt kế hoạch trong 2 ngày làm việc", NameEn = "Plan approved or returned within 2 working days",
            StartSignal = PlanSubmitted, StopSignals = [PlanDecided, CaseClosed],
        },
    ];
}
