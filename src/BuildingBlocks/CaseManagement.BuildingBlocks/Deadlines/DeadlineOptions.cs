namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary><c>Deadlines</c> settings: the sweep, and rules added to or overriding the modules' defaults.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    public bool SweepInBackground { get; set; } = true;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public List<DeadlineRule> Rules { get; set; } = [];
}
