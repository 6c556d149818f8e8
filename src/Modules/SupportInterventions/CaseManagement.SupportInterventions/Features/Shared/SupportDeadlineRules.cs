using CaseManagement.BuildingBlocks.Deadlines;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>The signals SupportInterventions raises and its national deadline rules (docs/domain.md §4,
/// D56 arts. 28–29); provinces add stricter ones with <c>Module: support</c> in <c>Deadlines:Rules</c>.</summary>
public static class SupportDeadlineRules
{
    public const string PlanningStarted = "case.planning-started";
    public const string PlanSubmitted = "plan.submitted";
    public const string PlanDecided = "plan.decided";
    public const string CaseClosed = "case.closed";
    public const string SeparationStarted = "separation.started";
    public const string SeparationExtended = "separation.extended";
    public const string SeparationEnded = "separation.ended";
    public const string AlternativeCareStarted = "alternative-care.started";
    public const string FirstFollowUp = "follow-up.first";
    public const string SecondFollowUp = "follow-up.second";
    public const string PeriodicFollowUp = "follow-up.periodic";

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
        new()
        {
            // Day 15 counting the first day of the separation.
            Module = SupportInterventionsModule.Name, Code = "separation-reassessment", Amount = 14, Unit = DeadlineUnit.Days,
            NameVi = "Đánh giá lại trẻ em tạm thời cách ly trước ngày thứ 15", NameEn = "Separated child reassessed by day 15",
            StartSignal = SeparationStarted, StopSignals = [SeparationEnded, SeparationExtended, CaseClosed],
        },
        new()
        {
            Module = SupportInterventionsModule.Name, Code = "alternative-care-first-follow-up", Amount = 1, Unit = DeadlineUnit.Months,
            NameVi = "Theo dõi trẻ em được chăm sóc thay thế sau 1 tháng", NameEn = "Alternative care followed up after 1 month",
            StartSignal = AlternativeCareStarted, StopSignals = [FirstFollowUp, CaseClosed],
        },
        new()
        {
            Module = SupportInterventionsModule.Name, Code = "alternative-care-second-follow-up", Amount = 3, Unit = DeadlineUnit.Months,
            NameVi = "Theo dõi trẻ em được chăm sóc thay thế sau 3 tháng", NameEn = "Alternative care followed up after 3 months",
            StartSignal = AlternativeCareStarted, StopSignals = [SecondFollowUp, CaseClosed],
        },
        new()
        {
            Module = SupportInterventionsModule.Name, Code = "alternative-care-periodic-follow-up", Amount = 6, Unit = DeadlineUnit.Months,
            NameVi = "Theo dõi trẻ em được chăm sóc thay thế 6 tháng một lần", NameEn = "Alternative care followed up every 6 months",
            StartSignal = PeriodicFollowUp, StopSignals = [PeriodicFollowUp, CaseClosed],
        },
    ];
}
