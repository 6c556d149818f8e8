using System.Globalization;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting;

/// <summary>Configuration section "Reporting". Changing the periods or age groups makes the
/// projections rebuild themselves from the event log at the next start.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>The day a reporting year starts, "MM-dd": "12-15" for the state statistical periods
    /// (15 Dec – 14 Jun, 15 Jun – 14 Dec), "01-01" for calendar halves.</summary>
    public string YearStart { get; set; } = "12-15";

    /// <summary>Lower bounds of the age groups; the last group ends at 18.</summary>
    public List<int> AgeGroupBounds { get; set; } = [];

    /// <summary>Published exports show counts from 1 to this minus one as "&lt;N".</summary>
    public int SmallCountThreshold { get; set; } = 5;

    /// <summary>Events applied per projection transaction.</summary>
    public int ProjectionBatchSize { get; set; } = 1000;

    /// <summary>Off in tests, which project explicitly.</summary>
    public bool ProjectInBackground { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Once events arrive, the projector waits this long so that those that follow join the
    /// same batch: the cells the reports of a district or province share are then written once per
    /// batch, not once per report (at intake a report touched about 29 cells in batches of 8). Figures
    /// appear this much later, which statistics can afford.</summary>
    public TimeSpan ProjectionDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public RoundOptions Rounds { get; set; } = new();

    public PdfOptions Pdf { get; set; } = new();

    public ReportingCalendar Calendar()
    {
        var parts = YearStart.Split('-');
        return new ReportingCalendar(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public AgeGroups AgeGroups() => new(AgeGroupBounds);

    /// <summary>What the kept figures depend on besides the events: periods, age groups and indicator versions.</summary>
    public string Fingerprint() =>
        $"{Calendar().YearStart};{string.Join(',', AgeGroups().Labels)};{string.Join(',', IndicatorCatalogue.All.Select(i => $"{i.Code}v{i.Version}"))}";
}

/// <summary><c>Reporting:Rounds</c>: the largest evidence document a unit may attach to its answer.</summary>
public sealed class RoundOptions
{
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary><c>Reporting:Pdf</c>: a folder holding the PDF typeface (times.ttf and timesbd.ttf, or
/// Liberation Serif, or DejaVu Serif), searched before the system's font folders.</summary>
public sealed class PdfOptions
{
    public string? FontFolder { get; set; }
}
