namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>One step of the procedure as the browser posts it: the version of the case the user saw, when the step
/// happened, and the step's own fields (each step uses some of them).</summary>
public sealed class StepForm
{
    public int Version { get; set; }

    public string? OccurredAt { get; set; }

    public string? Outcome { get; set; }

    public string? OtherUnitCode { get; set; }

    public string? Harm { get; set; }

    public string? Risk { get; set; }

    public bool EmergencyNeeded { get; set; }

    public string? Reason { get; set; }

    public string? ReasonCode { get; set; }

    public string? Note { get; set; }

    public string? Decision { get; set; }

    public string? Assignee { get; set; }

    /// <summary>The time is left empty: a step done now is recorded at the second it is sent (a minute typed in could fall
    /// before the step just taken); an officer recording something done earlier types its time.</summary>
    public static StepForm For(int version) => new() { Version = version };

    public string? OccurredAtInstant => Display.InstantFromLocal(OccurredAt);
}
