using CaseManagement.BuildingBlocks.Deadlines;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>The signals the Cases module raises, and its national deadline rules (docs/domain.md §4).
/// Provinces add stricter ones in configuration (<c>Deadlines:Rules</c> with <c>Module: cases</c>).</summary>
public static class CaseDeadlineRules
{
    public const string Reported = "case.reported";

    /// <summary>A report of abuse (at intake, or a case reclassified into abuse): the only kind of case in which
    /// an emergency can call for the chair's decision, so the only one that starts the 12-hour limit.</summary>
    public const string AbuseReported = "case.abuse-reported";
    public const string Verified = "case.verified";
    public const string EmergencyDecided = "case.emergency-decided";
    public const string Closed = "case.closed";
    public const string ReferralReceived = "referral.received";
    public const string ReferralTransferred = "referral.transferred-to-investigation";
    public const string ForensicOrdered = "referral.forensic-ordered";
    public const string ForensicConcluded = "referral.forensic-concluded";

    /// <summary>The signals a new case raises at intake.</summary>
    public static IEnumerable<string> AtIntake(Contracts.IncidentKind kind) =>
        kind == Contracts.IncidentKind.Abuse ? [Reported, AbuseReported] : [Reported];

    public static IReadOnlyList<DeadlineRule> Defaults { get; } =
    [
        new()
        {
            Module = CasesModule.Name, Code = "emergency-decision", Amount = 12, Unit = DeadlineUnit.Hours,
            NameVi = "Quyết định can thiệp khẩn cấp trong 12 giờ", NameEn = "Emergency decision within 12 hours",
            StartSignal = AbuseReported, StopSignals = [EmergencyDecided, Closed],
        },
        new()
        {
            Module = CasesModule.Name, Code = "police-transfer", Amount = 24, Unit = DeadlineUnit.Hours,
            NameVi = "Chuyển hồ sơ cho cơ quan điều tra trong 24 giờ", NameEn = "File to the investigation agency within 24 hours",
            StartSignal = ReferralReceived, StopSignals = [ReferralTransferred],
        },
        new()
        {
            Module = CasesModule.Name, Code = "police-transfer", Amount = 48, Unit = DeadlineUnit.Hours, Remote = true,
            NameVi = "Chuyển hồ sơ cho cơ quan điều tra trong 48 giờ (xã vùng sâu, vùng xa)",
            NameEn = "File to the investigation agency within 48 hours (remote communes)",
            StartSignal = ReferralReceived, StopSignals = [ReferralTransferred],
        },
        new()
        {
            Module = CasesModule.Name, Code = "forensic-conclusion", Amount = 5, Unit = DeadlineUnit.Days,
            NameVi = "Kết luận giám định pháp y trong 5 ngày", NameEn = "Forensic conclusion within 5 days",
            StartSignal = ForensicOrdered, StopSignals = [ForensicConcluded],
        },
    ];
}
