using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Referrals;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Referrals between the commune and the police, both ways: what a liaison sees, the police
/// time limits, and a crime report logged by the police that the commune acknowledges.</summary>
public abstract class PoliceReferralTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;
    private HttpClient liaison = null!;
    private Guid townshipPolice;
    private Guid communePolice;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        townshipPolice = await PoliceUnitAsync(admin, "Công an thị trấn Ba Tơ", "21484");
        communePolice = await PoliceUnitAsync(admin, "Công an xã Ba Điền", "21487");
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Organisations.CountAsync()) == 2, "Cases has the police units");
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        liaison = await host.ClientForAsync(Roles.PoliceLiaison, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_liaison_sees_only_what_was_disclosed_and_never_the_case()
    {
        var received = await ReceiveAsync(worker, Report());
        var sent = await SendAsync(received.CaseId, townshipPolice, DisclosableFields.ChildName, DisclosableFields.Classification);
        Assert.Equal([DisclosableFields.ChildName, DisclosableFields.Classification], sent.DisclosedFields);

        var listed = Assert.Single(await (await liaison.GetAsync("/api/police/referrals")).ReadAsync<List<PoliceReferralView>>());
        Assert.Equal((received.Number, "Nguyễn Văn An"), (listed.CaseNumber, listed.Disclosure.Children.Single().FullName));
        Assert.Equal(AbuseType.Violence, listed.Disclosure.Classification?.AbuseType);
        Assert.Null(listed.Disclosure.Children.Single().Address);
        Assert.Null(listed.Disclosure.Children.Single().PersonalNumber);
        Assert.Null(listed.Disclosure.Reporter);
        Assert.Null(listed.Disclosure.Narrative);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/police/referrals")).StatusCode);

        var otherLiaison = await host.ClientForAsync(Roles.PoliceLiaison, "21487");
        Assert.Empty(await (await otherLiaison.GetAsync("/api/police/referrals")).ReadAsync<List<PoliceReferralView>>());
        Assert.Equal(HttpStatusCode.NotFound, (await otherLiaison.GetAsync($"/api/police/referrals/{sent.Id}")).StatusCode);
    }

    [Fact]
    public async Task Acknowledgement_starts_the_24_hour_limit_the_transfer_meets_it_and_the_outcome_is_recorded()
    {
        var received = await ReceiveAsync(worker, Report());
        var sent = await SendAsync(received.CaseId, townshipPolice, DisclosableFields.ChildName);
        using (var early = await liaison.PostAsJsonAsync($"/api/police/referrals/{sent.Id}/progress",
            new ReferralProgressRequest(1, DateTimeOffset.UtcNow.ToString("O"), null, null, null, null, null)))
        {
            Assert.True(early.StatusCode == HttpStatusCode.UnprocessableEntity, await early.Content.ReadAsStringAsync());
        }

        var acknowledged = await PostAsync<ReferralView>(liaison, $"/api/police/referrals/{sent.Id}/acknowledge", new AcknowledgeReferralRequest(1, "15/CAX-BT"));
        Assert.Equal("15/CAX-BT", acknowledged.PoliceReference);
        var deadline = Assert.Single((await CaseAsync(received.CaseId)).Deadlines, d => d.RuleCode == "police-transfer");
        Assert.Equal((TimeSpan.FromHours(24), sent.Id), (deadline.DueAt - deadline.StartedAt, deadline.SubjectId));

        var now = DateTimeOffset.UtcNow;
        var progressed = await PostAsync<ReferralView>(liaison, $"/api/police/referrals/{sent.Id}/progress", new ReferralProgressRequest(
            acknowledged.Version, now.ToString("O"), now.ToString("O"), null, "InvestigationOpened", "2026-11-23", null));
        Assert.Equal(ReferralOutcome.InvestigationOpened, progressed.Outcome);
        using (var conclusionTwice = await liaison.PostAsJsonAsync($"/api/police/referrals/{sent.Id}/progress",
            new ReferralProgressRequest(progressed.Version, now.AddMilliseconds(-1).ToString("O"), null, null, null, null, null)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, conclusionTwice.StatusCode); // the transfer was recorded at another time
        }

        var deadlines = (await CaseAsync(received.CaseId)).Deadlines;
        Assert.NotNull(Assert.Single(deadlines, d => d.RuleCode == "police-transfer").StoppedAt);
        var forensic = Assert.Single(deadlines, d => d.RuleCode == "forensic-conclusion");
        Assert.Null(forensic.StoppedAt);
        Assert.Equal(new TimeOnly(0, 0), TimeOnly.FromDateTime(forensic.DueAt.ToOffset(TimeSpan.FromHours(7)).DateTime)); // end of the 5th day

        var timeline = await (await worker.GetAsync($"/api/cases/{received.CaseId}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Equal(["reported", "referral-sent", "referral-acknowledged", "referral-updated"], timeline.Select(t => t.Action));
        var types = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().OutboxMessages.AsNoTracking().Select(m => m.Type).ToListAsync());
        Assert.Contains(types, t => t.StartsWith(typeof(PoliceReferralOutcomeRecorded).FullName!, StringComparison.Ordinal));
        Assert.Contains(types, t => t.StartsWith(typeof(DeadlineStopped).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_is_referred_only_to_the_police_of_its_own_area()
    {
        var received = await ReceiveAsync(worker, Report());
        using (var neighbour = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/referrals", new SendReferralRequest(communePolice, [DisclosableFields.ChildName])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, neighbour.StatusCode);
            Assert.True((await neighbour.ReadJsonAsync()).Errors().ContainsKey("policeOrganisationId"));
        }

        Assert.Empty(await (await worker.GetAsync($"/api/cases/{received.CaseId}/referrals")).ReadAsync<List<ReferralView>>());
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var districtPolice = await PoliceUnitAsync(admin, "Công an huyện Ba Tơ", "535");
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Organisations.AnyAsync(o => o.Id == districtPolice)),
            "Cases has the district police");
        await SendAsync(received.CaseId, districtPolice, DisclosableFields.ChildName);
    }

    [Fact]
    public async Task A_remote_commune_has_48_hours()
    {
        var ruralWorker = await host.ClientForAsync(Roles.SocialWorker, "21487");
        var received = await ReceiveAsync(ruralWorker, Report(place: "21487"));
        var sent = await PostAsync<ReferralView>(ruralWorker, $"/api/cases/{received.CaseId}/referrals",
            new SendReferralRequest(communePolice, [DisclosableFields.ChildName]), HttpStatusCode.Created);
        var ruralLiaison = await host.ClientForAsync(Roles.PoliceLiaison, "21487");
        // Acknowledged on the telephone an hour ago, not before the referral was sent.
        await ruralLiaison.PostAsJsonAsync($"/api/police/referrals/{sent.Id}/acknowledge", new AcknowledgeReferralRequest(1, null, sent.SentAt.AddMinutes(-1).ToString("O")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        var acknowledgedAt = DateTimeOffset.UtcNow.AddHours(-1);
        await PostAsync<ReferralView>(ruralLiaison, $"/api/police/referrals/{sent.Id}/acknowledge",
            new AcknowledgeReferralRequest(1, null, acknowledgedAt < sent.SentAt ? sent.SentAt.ToString("O") : acknowledgedAt.ToString("O")));
        var details = await (await ruralWorker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>();
        var deadline = Assert.Single(details.Deadlines, d => d.RuleCode == "police-transfer");
        Assert.Equal(TimeSpan.FromHours(48), deadline.DueAt - deadline.StartedAt);
        Assert.Contains("48 giờ", deadline.Name);
        var work = (await (await ruralWorker.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.Contains("48 giờ", Assert.Single(work, w => w.SubjectId == sent.Id && w.Kind == "deadline").What);

        // The police see their own limit on the referral, named as it applies to the remote commune, in their language.
        var seen = await (await ruralLiaison.GetAsync($"/api/police/referrals/{sent.Id}")).ReadAsync<PoliceReferralView>();
        var theirs = Assert.Single(seen.Deadlines);
        Assert.Equal((deadline.DueAt, false), (theirs.DueAt, theirs.Overdue));
        var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/police/referrals/{sent.Id}");
        inEnglish.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await ruralLiaison.SendAsync(inEnglish)).ReadAsync<PoliceReferralView>();
        Assert.Contains("48 hours", Assert.Single(english.Deadlines).Name);
    }

    [Fact]
    public async Task A_crime_report_logged_by_the_police_opens_an_intake_the_commune_acknowledges()
    {
        var logged = await PostAsync<PoliceReferralView>(liaison, "/api/police/crime-reports",
            new CrimeReportRequest(townshipPolice, "22/CAX-BT", Report() with { Channel = null }), HttpStatusCode.Created);
        Assert.Equal((ReferralDirection.FromPolice, "Nguyễn Văn An"), (logged.Referral.Direction, logged.Disclosure.Children.Single().FullName));

        var details = await CaseAsync(logged.Referral.CaseId);
        Assert.Equal((ReportChannel.Police, "Công an thị trấn Ba Tơ"), (details.Reports.Single().Channel, details.Reports.Single().ReceivingBody));
        var referral = Assert.Single(await (await worker.GetAsync($"/api/cases/{logged.Referral.CaseId}/referrals")).ReadAsync<List<ReferralView>>());
        Assert.Null(referral.AcknowledgedAt);
        var work = (await (await worker.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.Contains(work, w => w.Kind == "crime-report" && w.SubjectId == referral.Id && w.What == "Xác nhận tin báo tội phạm của Công an thị trấn Ba Tơ");
        var acknowledged = await PostAsync<ReferralView>(worker, $"/api/cases/{logged.Referral.CaseId}/referrals/{referral.Id}/acknowledge",
            new AcknowledgeReferralRequest(referral.Version, null));
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Contains((await CaseAsync(logged.Referral.CaseId)).Deadlines, d => d.RuleCode == "police-transfer" && d.SubjectId == referral.Id);

        // Who opened the case is in the case's own access log.
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var log = await (await admin.GetAsync($"/api/identity/audit/resources/case/{logged.Referral.CaseId}")).ReadJsonAsync();
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "crime-report");
    }

    [Fact]
    public async Task A_police_unit_follows_the_crime_reports_it_logged_until_the_commune_takes_them_up()
    {
        var first = await PostAsync<PoliceReferralView>(liaison, "/api/police/crime-reports",
            new CrimeReportRequest(townshipPolice, "30/CAX-BT", Report("Trần Văn Một") with { Channel = null }), HttpStatusCode.Created);
        var second = await PostAsync<PoliceReferralView>(liaison, "/api/police/crime-reports",
            new CrimeReportRequest(townshipPolice, "31/CAX-BT", Report("Trần Văn Hai") with { Channel = null }), HttpStatusCode.Created);
        var sent = await SendAsync((await ReceiveAsync(worker, Report("Trần Văn Ba"))).CaseId, townshipPolice, DisclosableFields.ChildSexAndAge);
        await PostAsync<ReferralView>(worker, $"/api/cases/{first.Referral.CaseId}/referrals/{first.Referral.Id}/acknowledge",
            new AcknowledgeReferralRequest(first.Referral.Version, null));

        var all = await (await liaison.GetAsync("/api/police/crime-reports?pageSize=1")).ReadAsync<PagedResponse<CrimeReportRow>>();
        Assert.Equal((2, "31/CAX-BT"), (all.Total, Assert.Single(all.Items).PoliceReference)); // the latest first; a referral sent to them is not theirs
        var waiting = await (await liaison.GetAsync("/api/police/crime-reports?acknowledged=false")).ReadAsync<PagedResponse<CrimeReportRow>>();
        Assert.Equal(second.Referral.Id, Assert.Single(waiting.Items).ReferralId);
        var taken = Assert.Single((await (await liaison.GetAsync("/api/police/crime-reports?acknowledged=true")).ReadAsync<PagedResponse<CrimeReportRow>>()).Items);
        Assert.Equal((first.Referral.CaseId, first.CaseNumber), (taken.CaseId, taken.CaseNumber));
        Assert.NotNull(taken.AcknowledgedAt);
        Assert.DoesNotContain(all.Items, r => r.ReferralId == sent.Id);

        // Another unit's liaison sees none of them; a social worker is not a police liaison.
        var otherLiaison = await host.ClientForAsync(Roles.PoliceLiaison, "21487");
        Assert.Equal(0, (await (await otherLiaison.GetAsync("/api/police/crime-reports")).ReadAsync<PagedResponse<CrimeReportRow>>()).Total);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/police/crime-reports")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await liaison.GetAsync("/api/police/crime-reports?pageSize=0")).StatusCode);
    }

    [Fact]
    public async Task A_crime_report_sent_twice_with_its_idempotency_key_logs_one_report_and_answers_it_again()
    {
        var report = new CrimeReportRequest(townshipPolice, "40/CAX-BT", Report("Lê Văn Hai Lần") with { Channel = null });
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> SendOnceAsync(string withKey)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/police/crime-reports") { Content = JsonContent.Create(report) };
            request.Headers.Add("Idempotency-Key", withKey);
            return await liaison.SendAsync(request);
        }

        using var first = await SendOnceAsync(key);
        using var again = await SendOnceAsync(key);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        var (logged, replayed) = (await first.ReadAsync<PoliceReferralView>(), await again.ReadAsync<PoliceReferralView>());
        Assert.Equal((logged.Referral.Id, logged.CaseNumber), (replayed.Referral.Id, replayed.CaseNumber));
        Assert.Equal(1, (await (await liaison.GetAsync("/api/police/crime-reports")).ReadAsync<PagedResponse<CrimeReportRow>>()).Total);

        using var malformed = await SendOnceAsync("no spaces allowed");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private async Task<ReferralView> SendAsync(Guid caseId, Guid police, params string[] fields) =>
        await PostAsync<ReferralView>(worker, $"/api/cases/{caseId}/referrals", new SendReferralRequest(police, fields), HttpStatusCode.Created);

    private async Task<CaseDetails> CaseAsync(Guid id) => await (await worker.GetAsync($"/api/cases/{id}")).ReadAsync<CaseDetails>();

    private static Task<T> PostAsync<T>(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.PostAsJsonAsync(url, body).ExpectAsync<T>(expected);

    private static async Task<Guid> PoliceUnitAsync(HttpClient admin, string name, string unit)
    {
        using var created = await admin.PostAsJsonAsync("/api/directory/organisations", new OrganisationRequest(
            name, "Police", unit, null, null, "113", null, null, "24/7", null, null, [], null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<OrganisationResponse>()).Id;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PoliceReferralOnSqlite(SqliteHost host) : PoliceReferralTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PoliceReferralOnPostgres(PostgresRabbitHost host) : PoliceReferralTests(host);
