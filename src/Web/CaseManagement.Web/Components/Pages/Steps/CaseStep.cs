using CaseManagement.Web.Api;
using CaseManagement.Web.Components.Pages.Steps.Fields;
using static CaseManagement.Web.Components.Pages.Steps.StepForm;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>A form the web application has for a step: its address under the case, the component with its fields, when it
/// is offered, where it is sent and what it sends. <see cref="Timed"/>: it asks when the step happened.</summary>
public sealed record CaseStep(
    string Slug, Type Fields, Func<StepContext, bool> IsOffered, Func<StepContext, StepTarget> Target, Func<StepForm, StepContext, object> Body)
{
    public bool Timed { get; init; } = true;

    private static readonly HttpMethod Post = HttpMethod.Post;

    public static readonly IReadOnlyList<CaseStep> All =
    [
        Case("verification-start", typeof(NoFields), "verification/start", ["StartVerification"], (f, _) => new { version = f.Version, occurredAt = f.OccurredAtInstant }),
        Case("verification", typeof(VerificationFields), "verification", ["Confirm", "RejectAsUnfounded"],
            (f, _) => new { version = f.Version, outcome = f.Outcome, otherUnitCode = Blank(f.OtherUnitCode), occurredAt = f.OccurredAtInstant }),
        Case("initial-assessment", typeof(InitialAssessmentFields), "initial-assessment", ["AssessWithEmergency", "AssessWithoutEmergency"],
            (f, _) => new { version = f.Version, harm = f.Harm, risk = f.Risk, emergencyNeeded = f.EmergencyNeeded, reason = Blank(f.Reason), occurredAt = f.OccurredAtInstant }),
        new("emergency", typeof(EmergencyFields), c => c.Supports("EmergencyDecision"), c => new(Post, $"api/support/cases/{c.Record.Id}/emergency"),
            (f, c) => new
            {
                decidedAt = f.OccurredAtInstant, decisionNumber = Blank(f.DecisionNumber),
                // The measures are taken when the chair decides them.
                measures = f.Measures.Select(kind => new { kind, takenAt = f.OccurredAtInstant ?? c.Now.ToString("o", System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
            }),
        new("separation", typeof(SeparationFields), c => c.Supports("Separation") && c.Separation is null, c => new(Post, $"api/support/cases/{c.Record.Id}/separations"),
            (f, _) => new
            {
                decisionNumber = Blank(f.DecisionNumber), decidedAt = f.OccurredAtInstant, startedAt = Display.InstantFromLocal(f.StartedAt), placement = Blank(f.Placement),
                facilityOrganisationId = f.Placement == "Facility" ? IdOf(f.FacilityOrganisationId) : null,
                carer = f.Placement == "TemporaryCarer" ? f.Carer.ToRequest() : null,
            }),
        new("separation-extension", typeof(SeparationExtensionFields), c => c.MayDecide && c.Separation is not null,
            c => new(Post, $"api/support/separations/{c.Separation!.Id}/extension", c.Separation.Version),
            (f, _) => new { version = f.Version, authority = Blank(f.Authority), decisionNumber = Blank(f.DecisionNumber), extendedTo = Blank(f.ExtendedTo) }) { Timed = false },
        new("separation-end", typeof(SeparationEndFields), c => c.MayDecide && c.Separation is not null,
            c => new(Post, $"api/support/separations/{c.Separation!.Id}/end", c.Separation.Version),
            (f, _) => new { version = f.Version, reason = Blank(f.Reason), endedAt = f.OccurredAtInstant, note = Blank(f.Note) }),
        Case("specific-assessment", typeof(SpecificAssessmentFields), "specific-assessment", ["RecordSpecificAssessment"],
            (f, _) => new { version = f.Version, areas = f.Areas.ToRequest(), needs = f.Needs, occurredAt = f.OccurredAtInstant }),
        Case("conference", typeof(ConferenceFields), "conference", ["HoldConference"],
            (f, _) => new { version = f.Version, heldOn = Blank(f.HeldOn), participants = Blank(f.Participants), notes = Blank(f.Notes), needsAgreed = f.NeedsAgreed }) with { Timed = false },
        new("plan-draft", typeof(PlanDraftFields), c => c.Supports("PlanDrafting") && c.Plan is not { Status: "Submitted" },
            c => c.Plan is { Open: true } plan ? new(HttpMethod.Put, $"api/support/plans/{plan.Id}/draft", plan.Version) : new(Post, $"api/support/cases/{c.Record.Id}/plans"),
            (f, _) => new { version = f.Version, objectives = Blank(f.Objectives), items = f.Items.Where(i => !i.IsBlank).Select(i => i.ToRequest()).ToList() }) { Timed = false },
        new("plan-submission", typeof(PlanSummaryFields), c => c.Supports("PlanDrafting") && c.Plan is { Open: true },
            c => new(Post, $"api/support/plans/{c.Plan!.Id}/submission", c.Plan.Version), (f, _) => new { version = f.Version, occurredAt = f.OccurredAtInstant }),
        new("plan-decision", typeof(PlanDecisionFields), c => c.Allows("ApprovePlan") && c.Plan is { Status: "Submitted" },
            c => new(Post, $"api/support/plans/{c.Plan!.Id}/decision", c.Plan.Version),
            (f, _) => new
            {
                version = f.Version, approve = f.Decision == "approve", decisionNumber = Blank(f.DecisionNumber), comments = Blank(f.Comments),
                occurredAt = f.OccurredAtInstant,
            }),
        new("monitoring", typeof(MonitoringFields), c => c.Supports("Monitoring"), c => new(Post, $"api/support/cases/{c.Record.Id}/monitoring"),
            (f, _) => new { visitedOn = Blank(f.VisitedOn), kind = Blank(f.Kind), observations = Blank(f.Observations), situation = Blank(f.Situation) }) { Timed = false },
        new("review", typeof(ReviewFields), c => c.Supports("Review") && c.Plan is { Status: "Approved" },
            c => new(Post, $"api/support/plans/{c.Plan!.Id}/review", c.Plan.Version),
            (f, _) => new
            {
                version = f.Version, reviewedOn = Blank(f.ReviewedOn), harmStillSerious = Blank(f.HarmStillSerious), abuserCanReachChild = Blank(f.AbuserCanReachChild),
                careObstacles = Blank(f.CareObstacles), childCapacity = Blank(f.ChildCapacity), recommendation = Blank(f.Recommendation),
                findings = Blank(f.Findings), participants = Blank(f.Participants),
            }) { Timed = false },
        new("police-referral", typeof(PoliceReferralFields), c => c.MayChange && c.IsOpen && c.Record.PendingTransferTo is null,
            c => new(Post, $"api/cases/{c.Record.Id}/referrals"),
            (f, _) => new { policeOrganisationId = IdOf(f.PoliceOrganisationId), disclose = f.Disclose, occurredAt = f.OccurredAtInstant }),
        new("crime-report", typeof(CrimeReportFields), c => c.MayChange && c.CrimeReport is not null,
            c => new(Post, $"api/cases/{c.Record.Id}/referrals/{c.CrimeReport!.Id}/acknowledge", c.CrimeReport.Version),
            (f, _) => new { version = f.Version, policeReference = Blank(f.PoliceReference), occurredAt = f.OccurredAtInstant }),
        Case("closure-proposal", typeof(ClosureProposalFields), "closure/proposal", ["ProposeClosure"],
            (f, _) => new { version = f.Version, reasonCode = f.ReasonCode, note = Blank(f.Note), occurredAt = f.OccurredAtInstant }),
        Case("closure-decision", typeof(ClosureDecisionFields), "closure/decision", ["ApproveClosure", "RejectClosure"],
            (f, _) => new { version = f.Version, approve = f.Decision == "approve" ? true : f.Decision == "refuse" ? false : (bool?)null, occurredAt = f.OccurredAtInstant }),
        Case("reopen", typeof(ReopenFields), "reopen", ["Reopen"], (f, _) => new { version = f.Version, reasonCode = f.ReasonCode, occurredAt = f.OccurredAtInstant }),
        // Not steps of the procedure: an open case may be given to a social worker of its commune, or handed to another commune
        // (which accepts or declines it from its own home), at any step.
        new("transfer", typeof(TransferFields), c => c.MayChange && c.IsOpen && c.Record.PendingTransferTo is null,
            c => new(Post, $"api/cases/{c.Record.Id}/transfer", c.Record.Version), (f, _) => new { version = f.Version, toUnitCode = Blank(f.ToUnitCode) }) { Timed = false },
        new("transfer-cancel", typeof(NoFields), c => c.MayChange && c.Record.PendingTransferTo is not null,
            c => new(Post, $"api/cases/{c.Record.Id}/transfer/cancel", c.Record.Version), (f, _) => new { version = f.Version }) { Timed = false },
        new("assign", typeof(AssignFields), c => c.MayChange && c.IsOpen && c.Record.PendingTransferTo is null,
            c => new(Post, $"api/cases/{c.Record.Id}/assignee", c.Record.Version), (f, _) => new { version = f.Version, userId = IdOf(f.Assignee) }) { Timed = false },
    ];

    public static CaseStep? Named(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The forms a user may open now, in the order of the procedure.</summary>
    public static IReadOnlyList<CaseStep> Offered(StepContext context) => [.. All.Where(step => step.IsOffered(context))];

    /// <summary>A step of the Cases module's procedure: offered by the case's next actions, sent with the case's version.</summary>
    private static CaseStep Case(string slug, Type fields, string path, string[] actions, Func<StepForm, StepContext, object> body) =>
        new(slug, fields, c => actions.Any(c.Allows), c => new(Post, $"api/cases/{c.Record.Id}/{path}", c.Record.Version), body);
}
