using CaseManagement.Cases.Contracts;
using CaseManagement.Directory.Contracts;
using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;
using CaseManagement.Reporting.Projection;

namespace CaseManagement.UnitTests.Reporting;

/// <summary>
/// The projector's arithmetic without a database: events are folded into case states one at a time
/// and the cell deltas added up, exactly as <see cref="ReportingProjector"/> does per batch. The
/// demo's tree: province 51; district 522 until 30/06/2025; communes 21025 and 21028, the latter
/// merged into 21025 on 1/7/2025, after which 21025 sits directly under the province beside 21031.
/// </summary>
internal sealed class IndicatorHarness
{
    private readonly Dictionary<Guid, CaseState> cases = [];
    private readonly Dictionary<string, int> cells = new(StringComparer.Ordinal);

    public IndicatorHarness(DateOnly today)
    {
        Rules = new IndicatorRules(new ReportingCalendar(), new AgeGroups(), today);
    }

    public IndicatorRules Rules { get; }

    public UnitHierarchy Units { get; } = new(
    [
        Unit("51", "Quảng Ngãi", UnitLevel.Province, null, null, null),
        Unit("522", "Huyện cũ", UnitLevel.District, "51", null, new DateOnly(2025, 6, 30)),
        Unit("21025", "Phường Nguyễn Nghiêm", UnitLevel.Commune, "522", null, new DateOnly(2025, 6, 30)),
        Unit("21025", "Phường Nguyễn Nghiêm", UnitLevel.Commune, "51", new DateOnly(2025, 7, 1), null),
        Unit("21028", "Xã đã sáp nhập", UnitLevel.Commune, "522", null, new DateOnly(2025, 6, 30), "21025"),
        Unit("21031", "Xã Ba Động", UnitLevel.Commune, "51", new DateOnly(2025, 7, 1), null),
    ]);

    public IndicatorHarness Apply(params object[] events)
    {
        foreach (var message in events)
        {
            var id = CaseStateFolding.CaseOf(message)!.Value;
            var before = cases.TryGetValue(id, out var found) ? found : new CaseState { CaseId = id };
            var after = Copy(before);
            CaseStateFolding.Apply(after, message);
            var childIds = before.Children.Concat(after.Children).Select(c => c.ChildId).ToHashSet();
            var others = cases.Values.Where(c => c.CaseId != id && c.Children.Exists(ch => childIds.Contains(ch.ChildId))).ToList();
            var deltas = new CellDeltas(Rules, Units);
            deltas.Add(new Dictionary<Guid, CaseState> { [id] = before }, new Dictionary<Guid, CaseState> { [id] = after }, others);
            foreach (var (cell, delta) in deltas.Deltas)
            {
                cells[cell] = cells.GetValueOrDefault(cell) + delta;
            }

            cases[id] = after;
        }

        return this;
    }

    /// <summary>Reports, each found true at verification the same day.</summary>
    public IndicatorHarness Confirmed(params CaseReported[] reports) =>
        Apply([.. reports.SelectMany(r => new object[] { r, Events.Confirmation(r.CaseId, r.UnitCode, r.ReceivedAt) })]);

    public int Count(string indicator, string period, string unit, string cell = IndicatorCatalogue.Total) =>
        cells.GetValueOrDefault(string.Join('#', indicator, period, unit, cell));

    /// <summary>The non-zero cells of an indicator for a period and unit (totals and margins excluded).</summary>
    public Dictionary<string, int> Table(string indicator, string period, string unit)
    {
        var prefix = string.Join('#', indicator, period, unit, "");
        return cells.Where(c => c.Value != 0 && c.Key.StartsWith(prefix, StringComparison.Ordinal) && !c.Key[prefix.Length..].Contains('*', StringComparison.Ordinal))
            .ToDictionary(c => c.Key[prefix.Length..], c => c.Value);
    }

    /// <summary>Every cell counted again from the final states, as a recount does.</summary>
    public Dictionary<string, int> Recount()
    {
        var deltas = new CellDeltas(Rules, Units);
        var states = cases.Values.ToList();
        deltas.AddAll(states, []);
        deltas.AddChildren(states.SelectMany(s => s.Children).Select(c => c.ChildId).Distinct(), states);
        return deltas.Deltas.Where(d => d.Value != 0).ToDictionary(d => d.Key, d => d.Value);
    }

    public Dictionary<string, int> Cells => cells.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);

    private static CaseState Copy(CaseState state)
    {
        var record = new CaseRecord(state.CaseId);
        record.Write(state);
        return record.Read();
    }

    private static ReportingUnit Unit(string code, string name, UnitLevel level, string? parent, DateOnly? from, DateOnly? to, params string[] successors)
    {
        var unit = new ReportingUnit(Guid.NewGuid(), code);
        unit.Refresh(new AdministrativeUnitChanged(unit.UnitId, code, name, level, parent, from, to, successors, false, 1, DateTimeOffset.UnixEpoch));
        return unit;
    }
}

/// <summary>Builders of the events the tests tell their stories with.</summary>
internal static class Events
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    public static ChildFacts Child(Guid id, Sex sex, int? age) => new(id, sex, age, null, "21025");

    public static CaseReported Abuse(Guid caseId, DateTimeOffset at, AbuseSubType sub, string setting, string unit, params ChildFacts[] children) =>
        new(caseId, "N", unit, Guid.NewGuid(), ReportChannel.Hotline111, at,
            new IncidentFacts(IncidentKind.Abuse, TypeOf(sub), sub, null, null, [], unit, setting, DateOnly.FromDateTime(at.Date)), children, at);

    public static CaseReported Injury(Guid caseId, DateTimeOffset at, InjuryCause cause, InjurySeverity severity, string unit, params ChildFacts[] children) =>
        new(caseId, "N", unit, Guid.NewGuid(), ReportChannel.Family, at,
            new IncidentFacts(IncidentKind.Injury, null, null, cause, severity, [], unit, null, DateOnly.FromDateTime(at.Date)), children, at);

    /// <summary>Verification found the report true: the case moves on to the initial assessment.</summary>
    public static CaseStatusChanged Confirmation(Guid caseId, string unit, DateTimeOffset at) =>
        new(caseId, unit, CaseStatus.Verifying, CaseStatus.InitialAssessment, at);

    public static AbuseType TypeOf(AbuseSubType sub) => sub switch
    {
        AbuseSubType.PhysicalViolence or AbuseSubType.EmotionalViolence or AbuseSubType.SeriousViolence => AbuseType.Violence,
        AbuseSubType.Rape or AbuseSubType.CoercedSex or AbuseSubType.IntercourseWithChild or AbuseSubType.Molestation
            or AbuseSubType.ProstitutionOrPornography => AbuseType.SexualAbuse,
        _ => AbuseType.Other,
    };
}
