using System.Globalization;
using CaseManagement.BuildingBlocks.Time;

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

    /// <summary>The time is left empty: a step done now is recorded at the second it is sent (a minute typed in could fall
    /// before the step just taken); an officer recording something done earlier types its time.</summary>
    public static StepForm For(int version) => new() { Version = version };

    /// <summary>The time typed in (Vietnam time) as an instant the API reads.</summary>
    public string? OccurredAtInstant =>
        DateTime.TryParseExact(OccurredAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : null;
}
