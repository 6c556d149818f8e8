using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>A new case and a new child built as the intake builds them, for tests that save rows
/// past the intake: sealed fields hold fixed stand-ins, the time and the worker are fixed.</summary>
public static class NewCaseRows
{
    public static readonly DateTimeOffset At = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    public static readonly Actor Worker = new("u1", "Phạm Thị Lan", At);

    public static Child NewChild(string residenceUnitCode = "21484", Guid? childId = null)
    {
        var id = childId ?? Guid.NewGuid();
        return Child.Register(id, new ChildProfile(Sex.Female, 2016, true, "Kinh", residenceUnitCode), "identity-sealed",
            [new ChildKey(id, ChildKeyKind.FullName, 1234567890123), new ChildKey(id, ChildKeyKind.GivenNameAndBirthYear, -5)], At);
    }

    /// <summary>A case of the child, with a random number unless given one.</summary>
    public static Case NewCase(Guid childId, Guid? id = null, string unitCode = "21484", string? number = null)
    {
        var caseId = id ?? Guid.NewGuid();
        var report = IntakeReport.Receive(Guid.NewGuid(), caseId, ReportChannel.Hotline111, At, "111", Worker, true, "reporter-sealed", "neighbour", "narrative-sealed");
        var incident = new Incident(IncidentKind.Abuse, AbuseType.Violence, null, null, null, "", unitCode, "family", new DateOnly(2026, 11, 19));
        return Case.Open(caseId, number ?? $"{unitCode}-2026-{Random.Shared.Next(1, 9999):0000}", unitCode, incident, report, [new CaseChild(caseId, childId, 9)], Worker);
    }
}
