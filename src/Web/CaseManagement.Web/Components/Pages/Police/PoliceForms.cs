namespace CaseManagement.Web.Components.Pages.Police;

/// <summary>The acknowledgement of a referral, as its form posts it: the version seen, the police's reference, and when it
/// was received (Vietnam time, to the minute; now when empty).</summary>
public sealed class AcknowledgeForm
{
    public int Version { get; set; }

    public string? PoliceReference { get; set; }

    public string? OccurredAt { get; set; }

    public object Body() => new { version = Version, policeReference = Typed.Blank(PoliceReference), occurredAt = Display.InstantFromLocal(OccurredAt) };
}

/// <summary>The police's progress on a referral: the milestones reached (Vietnam time, to the minute) and the outcome.</summary>
public sealed class ProgressForm
{
    public int Version { get; set; }

    public string? TransferredToInvestigationAt { get; set; }

    public string? ForensicOrderedAt { get; set; }

    public string? ForensicConcludedAt { get; set; }

    public string? Outcome { get; set; }

    public string? OutcomeOn { get; set; }

    public string? PoliceReference { get; set; }

    public object Body() => new
    {
        version = Version,
        transferredToInvestigationAt = Display.InstantFromLocal(TransferredToInvestigationAt),
        forensicOrderedAt = Display.InstantFromLocal(ForensicOrderedAt),
        forensicConcludedAt = Display.InstantFromLocal(ForensicConcludedAt),
        outcome = Typed.Blank(Outcome),
        outcomeOn = Typed.Blank(OutcomeOn),
        policeReference = Typed.Blank(PoliceReference),
    };
}
