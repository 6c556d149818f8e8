using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseManagement.Reporting.Domain;

/// <summary>Reporting's row for one case: its unit, for queries, and its folded <see cref="CaseState"/> as JSON.</summary>
public sealed class CaseRecord(Guid caseId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Guid CaseId { get; private set; } = caseId;

    public string UnitCode { get; private set; } = "";

    public string State { get; private set; } = "{}";

    /// <summary>The day (Vietnam time) the latest of its events was logged: a fact dated today comes from an
    /// event logged today, so today's figures ("now") need only the records changed today.</summary>
    public DateOnly ChangedOn { get; private set; }

    public CaseState Read() => JsonSerializer.Deserialize<CaseState>(State, Json) ?? new CaseState { CaseId = CaseId };

    public void Write(CaseState state, DateOnly changedOn)
    {
        ChangedOn = changedOn > ChangedOn ? changedOn : ChangedOn;
        Write(state);
    }

    public void Write(CaseState state)
    {
        UnitCode = state.UnitCode;
        State = JsonSerializer.Serialize(state, Json);
    }
}

/// <summary>Which cases a child is in, so that a child's indicators see all of their cases.</summary>
public sealed class ChildCase(Guid childId, Guid caseId)
{
    public Guid ChildId { get; private set; } = childId;

    public Guid CaseId { get; private set; } = caseId;
}

/// <summary>A commune that held a case before a transfer: a custom range of its subtree still reads the case,
/// whose earlier facts count there.</summary>
public sealed class CaseFormerUnit(Guid caseId, string unitCode)
{
    public Guid CaseId { get; private set; } = caseId;

    public string UnitCode { get; private set; } = unitCode;
}

/// <summary>One cell of an indicator's table for a period and a unit, kept up to date as events arrive.</summary>
public sealed class IndicatorCell(string key)
{
    public string Key { get; private set; } = key;

    public string Indicator { get; private set; } = Part(key, 0);

    public string Period { get; private set; } = Part(key, 1);

    public string Unit { get; private set; } = Part(key, 2);

    public string Cell { get; private set; } = Part(key, 3);

    public int Count { get; set; }

    private static string Part(string key, int index) => key.Split(Indicators.Contributions.Separator)[index];
}

/// <summary>How far the projections have read the event log, and with which settings they were built:
/// other settings, a unit change or a new period make them recount.</summary>
public sealed class ProjectionCheckpoint
{
    public int Id { get; private set; } = 1;

    public long Position { get; set; }

    public string Settings { get; set; } = "";

    public string CurrentPeriod { get; set; } = "";

    /// <summary>Set when the unit tree changed: every cell is recounted from the case records.</summary>
    public bool RecountNeeded { get; set; }

    public DateTimeOffset? RebuildStartedAt { get; set; }

    public DateTimeOffset? RebuildFinishedAt { get; set; }
}
