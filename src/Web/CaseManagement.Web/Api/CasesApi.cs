using Microsoft.AspNetCore.WebUtilities;

namespace CaseManagement.Web.Api;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record ChildRow(Guid ChildId, string DisplayName, string Sex, int? AgeAtReport);

public sealed record CaseRow(
    Guid Id, string Number, string UnitCode, string Status, string StatusName, DateTimeOffset ReceivedAt, string Kind, string? AbuseType,
    Guid? AssignedUserId, IReadOnlyList<ChildRow> Children, DateTimeOffset? NextDueAt, bool Overdue, int Version);

/// <summary>The case list's filters, as the page's query string carries them.</summary>
public sealed record CaseFilter(string? Number, string? ChildName, string? Status, string? Kind, bool Overdue, bool Mine, int Page)
{
    public const int PageSize = 20;
}

public sealed record LookupItem(string Code, string Name, string? Parent = null);

public sealed record CaseLookups(IReadOnlyDictionary<string, IReadOnlyList<LookupItem>> Lists)
{
    public IReadOnlyList<LookupItem> this[string list] => Lists.TryGetValue(list, out var items) ? items : [];

    /// <summary>A code's name in the caller's language; the code itself when the list does not know it.</summary>
    public string NameOf(string list, string? code) => this[list].FirstOrDefault(i => i.Code == code)?.Name ?? code ?? "";
}

public sealed record DeadlineRow(string RuleCode, string Name, Guid? SubjectId, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, bool Overdue, string Module);

public sealed record TimelineEntry(
    DateTimeOffset At, string UserId, string UserName, string Action, string StatusAfter, string? Detail, DateTimeOffset RecordedAt, string ActionName, string StatusName);

/// <summary>The Cases module's endpoints the web layer uses.</summary>
public sealed class CasesApi(HttpClient http, ReferenceDataCache referenceData)
{
    public Task<Paged<CaseRow>> SearchAsync(CaseFilter filter, string? myId, CancellationToken ct)
    {
        var query = new Dictionary<string, string?>
        {
            ["number"] = filter.Number, ["childName"] = filter.ChildName, ["status"] = filter.Status, ["kind"] = filter.Kind,
            ["overdue"] = filter.Overdue ? "true" : null, ["assignedTo"] = filter.Mine ? myId : null,
            ["page"] = Math.Max(1, filter.Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageSize"] = CaseFilter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), ["sort"] = "-receivedAt",
        };
        return http.GetAsync<Paged<CaseRow>>(QueryHelpers.AddQueryString("api/cases", query.Where(p => !string.IsNullOrWhiteSpace(p.Value))!), ct);
    }

    public Task<CaseLookups> LookupsAsync(CancellationToken ct) => referenceData.GetAsync<CaseLookups>(http, "api/cases/lookups", ct);

    public Task<CaseRecord> GetAsync(Guid id, CancellationToken ct) => http.GetAsync<CaseRecord>($"api/cases/{id}", ct);

    public Task<List<TimelineEntry>> TimelineAsync(Guid id, CancellationToken ct) => http.GetAsync<List<TimelineEntry>>($"api/cases/{id}/timeline", ct);

    /// <summary>A case another commune offers to the caller's: what is needed to accept or decline it.</summary>
    public Task<IncomingTransfer> IncomingTransferAsync(Guid id, CancellationToken ct) => http.GetAsync<IncomingTransfer>($"api/cases/{id}/transfer", ct);

    public Task<List<PoliceReferralRecord>> ReferralsAsync(Guid id, CancellationToken ct) => http.GetAsync<List<PoliceReferralRecord>>($"api/cases/{id}/referrals", ct);
}

public sealed record TransferChild(string Initials, string Sex, int? AgeAtReport, string? ResidenceUnitCode);

public sealed record IncomingTransfer(
    Guid CaseId, string Number, string FromUnitCode, string ToUnitCode, string Status, string StatusName, string Kind, string KindName,
    DateTimeOffset ReceivedAt, DateTimeOffset RequestedAt, IReadOnlyList<TransferChild> Children, int Version);

/// <summary>A referral between the commune and the police: <see cref="Direction"/> <c>ToPolice</c> (sent by the commune,
/// with the fields it disclosed) or <c>FromPolice</c> (a crime report the police logged, for the commune to acknowledge).</summary>
public sealed record PoliceReferralRecord(
    Guid Id, Guid CaseId, string Direction, Guid PoliceOrganisationId, string PoliceOrganisationName, string? PoliceReference,
    IReadOnlyList<string> DisclosedFields, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, string? Outcome, int Version)
{
    public bool AwaitsOurAcknowledgement => Direction == "FromPolice" && AcknowledgedAt is null;
}

public sealed record DuplicateCase(Guid CaseId, string Number, string UnitCode, string Status, DateTimeOffset ReceivedAt);

public sealed record DuplicateChild(
    Guid ChildId, string DisplayName, string Sex, int? BirthYear, string? ResidenceUnitCode, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<DuplicateCase> Cases);

public sealed record Received(Guid CaseId, string Number, string UnitCode, string Status, int Version);

/// <summary>A report the caller took and where its case stands, the children by initials.</summary>
public sealed record ReportTakenRow(
    Guid ReportId, DateTimeOffset ReceivedAt, string Channel, Guid CaseId, string CaseNumber, string UnitCode, string Status, string StatusName,
    DateTimeOffset? ClosedAt, IReadOnlyList<string> ChildInitials);

/// <summary>Taking a report: the duplicate check before saving, and the report itself, sent with the form's
/// idempotency key so that sending it twice opens one case.</summary>
public sealed class IntakeApi(HttpClient http)
{
    public Task<List<DuplicateChild>> DuplicatesAsync(object query, CancellationToken ct) =>
        http.PostAsync<List<DuplicateChild>>("api/cases/duplicate-candidates", query, ct);

    /// <summary>The case a report sent with this key opened, if it was sent already.</summary>
    public async Task<Received?> SentAsync(string idempotencyKey, CancellationToken ct)
    {
        using var response = await http.GetAsync($"api/cases/intake-keys/{Uri.EscapeDataString(idempotencyKey)}", ct);
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await ApiJson.ReadAsync<Received>(response, ct);
    }

    /// <summary>The reports the caller took, the latest first, a page of 20.</summary>
    public Task<Paged<ReportTakenRow>> TakenAsync(int page, CancellationToken ct) =>
        http.GetAsync<Paged<ReportTakenRow>>($"api/cases/reports-taken?page={Math.Max(1, page).ToString(System.Globalization.CultureInfo.InvariantCulture)}&pageSize=20", ct);

    public async Task<Received> ReceiveAsync(object report, string idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = System.Net.Http.Json.JsonContent.Create(report, options: ApiJson.Options) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, ct);
        return await ApiJson.ReadAsync<Received>(response, ct);
    }
}

/// <summary>Where a step is sent: the endpoint of the module that keeps it, and the version of what it changes (the case,
/// a plan, a referral) as the user saw it.</summary>
public sealed record StepTarget(HttpMethod Method, string Path, int Version = 0);

/// <summary>The steps of the procedure and the support work, each sent to its module's endpoint.</summary>
public sealed class StepsApi(HttpClient http)
{
    public async Task TakeAsync(StepTarget target, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(target.Method, target.Path) { Content = System.Net.Http.Json.JsonContent.Create(body, options: ApiJson.Options) };
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblemException.ReadAsync(response, ct);
        }
    }
}
