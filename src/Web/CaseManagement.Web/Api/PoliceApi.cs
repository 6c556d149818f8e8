using System.Globalization;

namespace CaseManagement.Web.Api;

public sealed record PoliceReferralRecordView(
    Guid Id, Guid CaseId, string Direction, Guid PoliceOrganisationId, string PoliceOrganisationName, string? PoliceReference,
    IReadOnlyList<string> DisclosedFields, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset? TransferredToInvestigationAt,
    DateTimeOffset? ForensicOrderedAt, DateTimeOffset? ForensicConcludedAt, string? Outcome, DateOnly? OutcomeOn, int Version);

public sealed record DisclosedChildRecord(
    string? FullName, DateOnly? DateOfBirth, string? Sex, int? AgeAtReport, string? Address, string? PersonalNumber, string? School, string? SchoolClass,
    IReadOnlyList<CarerRecord>? Carers);

public sealed record DisclosedClassificationRecord(string Kind, string? AbuseType, string? AbuseSubType, string? InjuryCause, string? InjurySeverity);

public sealed record DisclosedPlaceRecord(string? PlaceUnitCode, string? Setting, DateOnly? OccurredOn);

/// <summary>What the police may read of a case: only the fields the commune disclosed, the rest absent.</summary>
public sealed record DisclosureRecord(
    IReadOnlyList<DisclosedChildRecord> Children, ReporterRecord? Reporter, DisclosedClassificationRecord? Classification, DisclosedPlaceRecord? Place,
    NarrativeRecord? Narrative);

public sealed record ReferralLimit(string RuleCode, string Name, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, bool Overdue);

/// <summary>A referral as a police liaison sees it: the case's number and commune, the disclosure, and the police's limits.</summary>
public sealed record PoliceReferral(
    PoliceReferralRecordView Referral, string CaseNumber, string CaseUnitCode, DisclosureRecord Disclosure, IReadOnlyList<ReferralLimit> Deadlines)
{
    public IEnumerable<ReferralLimit> OpenLimits => Deadlines.Where(d => d.StoppedAt is null).OrderBy(d => d.DueAt);

    public bool ToPolice => Referral.Direction == "ToPolice";
}

public sealed record CrimeReportRow(
    Guid ReferralId, Guid CaseId, string CaseNumber, string CaseUnitCode, string PoliceOrganisationName, string? PoliceReference,
    DateTimeOffset LoggedAt, DateTimeOffset? AcknowledgedAt, string? Outcome, string? OutcomeName);

/// <summary>The police side of the Cases module (<c>/api/police</c>): referrals to the liaison's unit and the crime reports it logged.</summary>
public sealed class PoliceApi(HttpClient http)
{
    public Task<List<PoliceReferral>> ReferralsAsync(CancellationToken ct) => http.GetAsync<List<PoliceReferral>>("api/police/referrals", ct);

    public Task<PoliceReferral> ReferralAsync(Guid id, CancellationToken ct) => http.GetAsync<PoliceReferral>($"api/police/referrals/{id}", ct);

    /// <summary>Logs a crime report (the police unit, its reference and the report): the case it opens goes to the commune.
    /// Sent with the form's idempotency key, so that the form sent twice logs one report and answers it again.</summary>
    public async Task<PoliceReferral> LogCrimeReportAsync(object crimeReport, string idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/police/crime-reports")
        {
            Content = System.Net.Http.Json.JsonContent.Create(crimeReport, options: ApiJson.Options),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, ct);
        return await ApiJson.ReadAsync<PoliceReferral>(response, ct);
    }

    public Task<Paged<CrimeReportRow>> CrimeReportsAsync(bool? acknowledged, int page, CancellationToken ct) =>
        http.GetAsync<Paged<CrimeReportRow>>(
            $"api/police/crime-reports?page={Math.Max(1, page).ToString(CultureInfo.InvariantCulture)}&pageSize=20"
            + (acknowledged is { } a ? $"&acknowledged={(a ? "true" : "false")}" : ""), ct);
}
