using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Duplicates;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.Transfers;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.Identity.Features.ManageUsers;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.IntegrationTests.Support;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>The right people can do their part, and a client can be written from what the API answers: a village
/// collaborator reports, the commune offered a case decides on it, texts follow the caller's language, duplicates
/// weigh the exact date of birth, and refusals give the true reason.</summary>
public abstract class OfficersPartsTests(CaseManagementHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => SupportScenario.PrepareAsync(host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_village_collaborator_reports_for_the_village_and_the_case_goes_to_the_commune()
    {
        var collaborator = await host.ClientForAsync(Roles.Collaborator, "21484-TDP1");
        var received = await ReceiveAsync(collaborator, Report("Hồ Văn Tài", personalNumber: null));
        Assert.Equal("21484", received.UnitCode);

        // Who opened the case is in the case's own access log.
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var log = await (await admin.GetAsync($"/api/identity/audit/resources/case/{received.CaseId}")).ReadJsonAsync();
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "intake");
    }

    [Fact]
    public async Task The_commune_offered_a_case_sees_what_it_needs_and_declines_with_a_reason()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var received = await ReceiveAsync(worker, Report("Đinh Thị Hạnh", sex: "Female", personalNumber: null));
        var offered = await StepAsync(worker, received.CaseId, "transfer", new TransferRequest(1, "21487"));

        var rural = await host.ClientForAsync(Roles.SocialWorker, "21487");
        await rural.GetAsync($"/api/cases/{received.CaseId}").ExpectProblemAsync(HttpStatusCode.NotFound, "case.not_found");
        var view = await (await rural.GetAsync($"/api/cases/{received.CaseId}/transfer")).ReadAsync<IncomingTransferView>();
        Assert.Equal(("21484", "21487", offered.Version), (view.FromUnitCode, view.ToUnitCode, view.Version));
        Assert.Equal(("Đ. T. H.", Sex.Female), (view.Children.Single().Initials, view.Children.Single().Sex));

        await rural.PostAsJsonAsync($"/api/cases/{received.CaseId}/transfer/decline", new TransferDeclineRequest(offered.Version, "Moved"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        await StepAsync(rural, received.CaseId, "transfer/decline", new TransferDeclineRequest(offered.Version, "ChildNotResident"));

        var details = await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>();
        Assert.Equal(("21484", (string?)null), (details.UnitCode, details.PendingTransferTo));
        var timeline = await (await worker.GetAsync($"/api/cases/{received.CaseId}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Contains(timeline, t => t.Action == "transfer-declined" && t.Detail == "21487:ChildNotResident");
        await rural.GetAsync($"/api/cases/{received.CaseId}/transfer").ExpectProblemAsync(HttpStatusCode.NotFound, "case.not_found");
    }

    [Fact]
    public async Task Code_lists_carry_an_entity_tag_to_revalidate_and_answers_are_compressed_for_a_caller_that_accepts_it()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        using var first = await worker.GetAsync("/api/cases/lookups");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/cases/lookups");
        again.Headers.IfNoneMatch.Add(tag);
        using var unchanged = await worker.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        // The lists in another language are another representation: read in full, with their own tag.
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/cases/lookups");
        english.Headers.IfNoneMatch.Add(tag);
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var inEnglish = await worker.SendAsync(english);
        Assert.Equal(HttpStatusCode.OK, inEnglish.StatusCode);
        Assert.NotEqual(tag, inEnglish.Headers.ETag);

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/api/support/lookups");
        compressed.Headers.AcceptEncoding.ParseAdd("br");
        using var brotli = await worker.SendAsync(compressed);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Code_lists_and_work_lists_answer_in_the_callers_language()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        await ReceiveAsync(worker, Report("Phạm Văn Long", personalNumber: null));
        var lookups = await worker.GetJsonAsync("/api/cases/lookups", "en");
        var lists = lookups.GetProperty("lists");
        Assert.Equal("Psychological care", Named(lists, "serviceTypes", "PsychologicalCare"));
        Assert.Equal("The child does not live in the commune", Named(lists, "transferDeclineReasons", "ChildNotResident"));
        Assert.Equal("Investigation opened", Named(lists, "referralOutcomes", "InvestigationOpened"));
        Assert.Equal("Child's name", Named(lists, "disclosableFields", "child.name"));

        // A provider reads the support lists, service names included.
        var provider = await host.ClientForAsync(Roles.ServiceProvider, "21484");
        var support = (await provider.GetJsonAsync("/api/support/lookups")).GetProperty("lists");
        Assert.Equal("Trị liệu, tham vấn tâm lý", Named(support, "serviceTypes", "PsychologicalCare"));
        Assert.Equal(7, support.GetProperty("emergencyMeasureKinds").GetArrayLength());
        Assert.Equal(4, support.GetProperty("separationEndReasons").GetArrayLength());

        var work = await worker.GetJsonAsync("/api/cases/work-list", "en");
        Assert.Contains(work.GetProperty("items").EnumerateArray(), w => w.GetProperty("what").GetString() == "Emergency decision within 12 hours");
    }

    [Fact]
    public async Task Two_girls_of_the_same_name_and_year_are_told_apart_by_their_birthdays()
    {
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var spring = await ReceiveAsync(worker, Report("Lê Thị Mai", sex: "Female", dateOfBirth: "2016-02-01", personalNumber: null));
        var autumn = await ReceiveAsync(worker, Report("Lê Thị Mai", sex: "Female", dateOfBirth: "2016-09-15", personalNumber: null));
        var candidates = await worker.PostAsJsonAsync("/api/cases/duplicate-candidates",
            new DuplicateQuery("Lê Thị Mai", "2016-09-15", null, "Female", null, "21484-TDP1", null, null)).ExpectAsync<List<DuplicateCandidate>>(HttpStatusCode.OK);
        var best = candidates[0];
        Assert.Equal(autumn.CaseId, best.Cases.Single().CaseId);
        Assert.Contains("same-date-of-birth", best.Reasons);
        Assert.True(candidates.Where(c => c.Cases.Any(k => k.CaseId == spring.CaseId)).All(c => c.Score < best.Score));
    }

    [Fact]
    public async Task Refusals_give_the_true_reason()
    {
        // A user name already taken is a conflict.
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var userName = "trung.ten." + Guid.NewGuid().ToString("N")[..6];
        var user = new CreateUserRequest(userName, "Lê Văn Tám", "21484", [Roles.SocialWorker], "Tam@Secure2026");
        (await admin.PostAsJsonAsync("/api/identity/users", user)).EnsureSuccessStatusCode();
        await admin.PostAsJsonAsync("/api/identity/users", user).ExpectProblemAsync(HttpStatusCode.Conflict, "user.duplicate_name");

        // A plan for a closed case: the case is closed, not "not at the planning step".
        var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        var received = await ReceiveAsync(worker, Report("Võ Văn Kiệt", personalNumber: null));
        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "NotConfirmed", null));
        await SupportScenario.SupportSeesAsync(host, received.CaseId, CaseStatus.Closed);
        await worker.PostAsJsonAsync($"/api/support/cases/{received.CaseId}/plans", SupportPathTests.Draft("Cháu an toàn."))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "case.closed");

        // A day without a time is that day in Vietnam.
        var due = await worker.GetJsonAsync("/api/directory/calendar/deadline?from=2026-12-07&hours=1");
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.FromHours(7)), due.GetProperty("dueAt").GetDateTimeOffset());
        Assert.EndsWith("+07:00", due.GetProperty("dueAt").GetString());
    }

    private static string? Named(JsonElement lists, string list, string code) =>
        lists.GetProperty(list).EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("name").GetString();
}

[Collection(SqliteCollection.Name)]
public sealed class OfficersPartsOnSqlite(SqliteHost host) : OfficersPartsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OfficersPartsOnPostgres(PostgresRabbitHost host) : OfficersPartsTests(host);
