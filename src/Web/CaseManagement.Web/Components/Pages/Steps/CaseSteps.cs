using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>The steps the web application has a form for: the page's address, the API path, what it sends, and the
/// next actions (from the case's allowedActions) that lead to it.</summary>
public sealed record CaseStep(string Slug, string ApiPath, string[] Actions, Func<StepForm, object> Body)
{
    public static readonly IReadOnlyList<CaseStep> All =
    [
        new("verification-start", "verification/start", ["StartVerification"], f => new { version = f.Version, occurredAt = f.OccurredAtInstant }),
        new("verification", "verification", ["Confirm", "RejectAsUnfounded"],
            f => new { version = f.Version, outcome = f.Outcome, otherUnitCode = Blank(f.OtherUnitCode), occurredAt = f.OccurredAtInstant }),
        new("initial-assessment", "initial-assessment", ["AssessWithEmergency", "AssessWithoutEmergency"],
            f => new { version = f.Version, harm = f.Harm, risk = f.Risk, emergencyNeeded = f.EmergencyNeeded, reason = Blank(f.Reason), occurredAt = f.OccurredAtInstant }),
        new("closure-proposal", "closure/proposal", ["ProposeClosure"],
            f => new { version = f.Version, reasonCode = f.ReasonCode, note = Blank(f.Note), occurredAt = f.OccurredAtInstant }),
        new("closure-decision", "closure/decision", ["ApproveClosure", "RejectClosure"],
            f => new { version = f.Version, approve = f.Decision == "approve" ? true : f.Decision == "refuse" ? false : (bool?)null, occurredAt = f.OccurredAtInstant }),
        new("reopen", "reopen", ["Reopen"], f => new { version = f.Version, reasonCode = f.ReasonCode, occurredAt = f.OccurredAtInstant }),
        // Not a step of the procedure: an open case may be given to a social worker of its commune at any step.
        new("assign", "assignee", [], f => new { version = f.Version, userId = Guid.TryParse(f.Assignee, out var id) ? id : (Guid?)null }) { WhileOpen = true },
    ];

    /// <summary>Offered at every step of an open case to whoever may change it, rather than by the case's next actions.</summary>
    public bool WhileOpen { get; init; }

    public static CaseStep? Named(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The forms a user may open now, one per step, in the order the case offers them.</summary>
    public static IReadOnlyList<CaseStep> Offered(CaseRecord record, bool mayChange) =>
        [.. All.Where(step => step.Actions.Intersect(record.AllowedActions).Any() || (step.WhileOpen && mayChange && record.Status != "Closed"))];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
