using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Cases.Features.Search;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>A case from the report to closure and back, through HTTP, as the commune's social worker
/// and chair; the refusals a user meets on the way.</summary>
public abstract class CaseProcedureTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;
    private HttpClient chair = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        chair = await host.ClientForAsync(Roles.CommuneChair, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_case_is_assigned_only_to_an_open_account_of_a_social_worker_of_its_commune()
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        async Task<Guid> AccountAsync(string role, string unit) => (await admin.PostAsJsonAsync("/api/identity/users",
                new CaseManagement.Identity.Features.ManageUsers.CreateUserRequest($"assign.{role.ToLowerInvariant()}.{unit}", "Cán bộ " + unit, unit, [role], "Assign@Pass12"))
            .ExpectAsync<CaseManagement.Identity.Features.ManageUsers.UserResponse>(HttpStatusCode.Created)).Id;
        var officer = await AccountAsync(Roles.SocialWorker, "21484");
        var collaborator = await AccountAsync(Roles.Collaborator, "21484");
        var neighbour = await AccountAsync(Roles.SocialWorker, "21487");
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Accounts.CountAsync(a => a.UserId == officer || a.UserId == collaborator || a.UserId == neighbour)) == 3,
            "Cases has its copy of the accounts");

        var received = await ReceiveAsync(worker, Report());
        foreach (var wrong in new[] { Guid.NewGuid(), collaborator, neighbour })
        {
            using var refused = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/assignee", new AssignRequest(1, wrong));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.ReadJsonAsync()).Errors().ContainsKey("userId"));
        }

        var assigned = await StepAsync(worker, received.CaseId, "assignee", new AssignRequest(1, officer));
        await admin.PostAsync($"/api/identity/users/{officer}/lock", null).ExpectStatusAsync(HttpStatusCode.OK);
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Accounts.AnyAsync(a => a.UserId == officer && !a.Active)),
            "Cases learns the account was locked");
        using var locked = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/assignee", new AssignRequest(assigned.Version, officer));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
    }

    [Fact]
    public async Task A_report_goes_through_every_step_to_closure_and_is_reopened_with_its_timeline()
    {
        var received = await ReceiveAsync(worker, Report());
        Assert.Matches(@"^21484-\d{4}-0001$", received.Number);
        Assert.Equal(("21484", "Reported", 1), (received.UnitCode, received.Status, received.Version));
        var second = await ReceiveAsync(worker, Report("Đinh Thị Hoa"));
        Assert.EndsWith("-0002", second.Number, StringComparison.Ordinal);

        var id = received.CaseId;
        var step = await StepAsync(worker, id, "verification/start", new VersionedRequest(1));
        step = await StepAsync(worker, id, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        Assert.Equal(CaseStatus.InitialAssessment, step.Status);
        step = await StepAsync(worker, id, "initial-assessment", new InitialAssessmentRequest(step.Version, "Medium", "High", false, "Cha có tiền sử bạo lực."));
        Assert.Equal(CaseStatus.SpecificAssessment, step.Status);
        step = await StepAsync(worker, id, "specific-assessment", new SpecificAssessmentRequest(step.Version,
            new AssessmentAreas("Bầm tím, sợ hãi", "Mẹ đi làm xa", "Cha uống rượu", "Học lớp 4", "Hàng xóm quan tâm", "Tư vấn tâm lý", "Muốn ở với bà", null),
            ["PsychologicalCare", "FamilyCounselling"]));
        step = await StepAsync(worker, id, "conference", new ConferenceRequest(step.Version, Today, "Chủ tịch UBND, công an xã, trưởng thôn, mẹ của trẻ", null,
            ["PsychologicalCare", "FamilyCounselling", "Monitoring"]));
        Assert.Equal(CaseStatus.Planning, step.Status);
        Assert.Contains(CaseAction.ProposeClosure, step.AllowedActions);
        // The support work of the step, by who records it: the plan and visits are the social worker's, a separation the chair's.
        Assert.Equal([SupportAction.Separation, SupportAction.PlanDrafting, SupportAction.Monitoring],
            (await (await chair.GetAsync($"/api/cases/{id}")).ReadAsync<CaseDetails>()).SupportActions);
        Assert.Equal([SupportAction.PlanDrafting, SupportAction.Monitoring],
            (await (await worker.GetAsync($"/api/cases/{id}")).ReadAsync<CaseDetails>()).SupportActions);

        step = await StepAsync(worker, id, "closure/proposal", new ClosureProposalRequest(step.Version, "moved", "Gia đình chuyển vào Bình Dương."));
        // The decision is the chair's: the social worker is offered nothing at this step, the chair both answers.
        Assert.Empty(step.AllowedActions);
        Assert.Equal([CaseAction.ApproveClosure, CaseAction.RejectClosure],
            (await (await chair.GetAsync($"/api/cases/{id}")).ReadAsync<CaseDetails>()).AllowedActions);
        var chairs = (await (await chair.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.Contains(chairs, w => (w.Kind, w.CaseId, w.What) == ("closure-decision", id, "Quyết định đóng hồ sơ"));
        var workers = (await (await worker.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.DoesNotContain(workers, w => w.Kind == "closure-decision");
        using (var workerDecides = await worker.PostAsJsonAsync($"/api/cases/{id}/closure/decision", new ClosureDecisionRequest(step.Version, true)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, workerDecides.StatusCode);
        }

        step = await StepAsync(chair, id, "closure/decision", new ClosureDecisionRequest(step.Version, false));
        Assert.Equal(CaseStatus.Planning, step.Status); // refused: back where it was proposed from
        step = await StepAsync(worker, id, "closure/proposal", new ClosureProposalRequest(step.Version, "moved", null));
        step = await StepAsync(chair, id, "closure/decision", new ClosureDecisionRequest(step.Version, true));
        Assert.Equal(CaseStatus.Closed, step.Status);
        Assert.Equal([CaseAction.Reopen], step.AllowedActions);
        step = await StepAsync(worker, id, "reopen", new ReopenRequest(step.Version, "situation-changed"));
        Assert.Equal(CaseStatus.InitialAssessment, step.Status);

        var timeline = await (await worker.GetAsync($"/api/cases/{id}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Equal(
            ["reported", "verification-started", "verified", "initial-assessment", "specific-assessment", "conference-held",
             "closure-proposed", "closure-refused", "closure-proposed", "closed", "reopened"],
            timeline.Select(t => t.Action));
        Assert.All(timeline, t => Assert.False(string.IsNullOrEmpty(t.UserId)));
        // In words, in the caller's language.
        Assert.Equal(("Tiếp nhận tin báo", "Đóng hồ sơ"), (timeline[0].ActionName, timeline[^2].ActionName));
        Assert.All(timeline, t => Assert.NotEqual(t.Action, t.ActionName));
        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{id}/timeline");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await worker.SendAsync(english)).ReadAsync<List<TimelineView>>();
        Assert.Equal("Report received", inEnglish[0].ActionName);

        var details = await (await worker.GetAsync($"/api/cases/{id}")).ReadAsync<CaseDetails>();
        Assert.False(details.IdentitiesMasked);
        Assert.Equal("Nguyễn Văn An", details.Children.Single().DisplayName);
        Assert.Equal(11, details.Children.Single().AgeAtReport);
        Assert.Equal("Trần Thị Bình", details.Reports.Single().Reporter?.FullName);
        Assert.Equal("Cha có tiền sử bạo lực.", details.InitialAssessment?.Reason);
        Assert.Equal(["PsychologicalCare", "FamilyCounselling", "Monitoring"], details.Conference?.NeedsAgreed);

        await host.DrainOutboxAsync();
        var events = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().OutboxMessages.AsNoTracking()
            .Select(m => m.Type).ToListAsync());
        Assert.Contains(events, t => t.StartsWith(typeof(CaseReported).FullName!, StringComparison.Ordinal));
        Assert.Equal(10, events.Count(t => t.StartsWith(typeof(CaseStatusChanged).FullName!, StringComparison.Ordinal)));
        Assert.Single(events, t => t.StartsWith(typeof(CaseClosed).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_sent_at_the_same_time_are_numbered_in_turn_each_with_its_deadline_and_event()
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Phạm"], given = ["An", "Bình", "Châu", "Dũng", "Hà"];
        var names = families.SelectMany(f => given.Select(g => $"{f} Văn {g}")).ToList();
        var received = await Task.WhenAll(names.Select(name => ReceiveAsync(worker, Report(name, personalNumber: null))));

        Assert.Equal(Enumerable.Range(1, names.Count).Select(n => $"-{n:0000}"), received.Select(r => r.Number[^5..]).Order());
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var ids = received.Select(r => r.CaseId).ToList();
            Assert.Equal(ids.Order(), await db.Deadlines.Where(d => d.RuleCode == "emergency-decision").Select(d => d.CaseId).OrderBy(id => id).ToListAsync());
            var reported = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.StartsWith(typeof(CaseReported).FullName!)).Select(m => m.Payload).ToListAsync();
            Assert.Equal(received.Select(r => r.Number).Order(),
                reported.Select(NumberIn).Order());
            return 0;
        });
        var found = await (await worker.GetAsync("/api/cases?childName=tran%20van%20chau")).ReadAsync<PagedResponse<CaseSummary>>();
        Assert.Equal(received[names.IndexOf("Trần Văn Châu")].CaseId, Assert.Single(found.Items).Id);
    }

    private static string? NumberIn(string payload) =>
        System.Text.Json.JsonSerializer.Deserialize<CaseReported>(payload, System.Text.Json.JsonSerializerOptions.Web)!.CaseNumber;

    [Fact]
    public async Task A_step_out_of_order_or_on_a_stale_version_is_refused_with_what_is_allowed()
    {
        var received = await ReceiveAsync(worker, Report());
        using var early = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/conference",
            new ConferenceRequest(1, Today, "Chủ tịch UBND", null, ["Monitoring"]));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(
            "Không thể ghi kết quả họp xác định nhu cầu khi hồ sơ đang ở bước “Đã tiếp nhận”. Có thể: bắt đầu kiểm tra, xác minh; đề xuất đóng hồ sơ.",
            (await early.ReadJsonAsync()).GetProperty("detail").GetString());

        await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        using var stale = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/verification", new VerificationRequest(1, "Confirmed", null));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("phiên bản hiện tại: 2", (await stale.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var safeTooEarly = await worker.PostAsJsonAsync($"/api/cases/{received.CaseId}/closure/proposal", new ClosureProposalRequest(2, "safe-stable", null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, safeTooEarly.StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_in_Vietnamese_and_saves_nothing()
    {
        var report = Report() with { Channel = "Pigeon", ReceivedAt = "hôm qua" };
        report = report with
        {
            Children = [report.Children![0] with { Sex = null, DateOfBirth = "2001-01-01" }],
            Incident = report.Incident! with { AbuseSubType = "Rape", Setting = "market" },
        };
        using var response = await worker.PostAsJsonAsync("/api/cases", report);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).Errors();
        Assert.Equal(["channel", "children[0].dateOfBirth", "children[0].sex", "incident.abuseSubType", "incident.setting", "receivedAt"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Loại hình “Rape” không thuộc nhóm “Violence”.", errors["incident.abuseSubType"].Single());

        using var outside = await worker.PostAsJsonAsync("/api/cases", Report(place: "21025"));
        Assert.Equal("Đơn vị 21025 nằm ngoài phạm vi quản lý của bạn.", (await outside.ReadJsonAsync()).Errors()["incident.placeUnitCode"].Single());
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Cases.CountAsync()));
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Children.CountAsync()));
    }

    [Fact]
    public async Task A_report_sent_again_with_its_idempotency_key_answers_the_case_it_opened()
    {
        async Task<IntakeResponse> SendAsync(HttpClient client, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(Report()) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.ReadAsync<IntakeResponse>();
        }

        // A double tap sends the form twice at once; a retry on a bad link sends it again later.
        var key = Guid.NewGuid().ToString();
        var twice = await Task.WhenAll(SendAsync(worker, key), SendAsync(worker, key));
        var again = await SendAsync(worker, key);
        Assert.Equal([twice[0].CaseId, twice[0].CaseId], [twice[1].CaseId, again.CaseId]);
        Assert.Equal(twice[0].Number, again.Number);
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Cases.CountAsync()));

        // Another report, or the same key from another person, is another case.
        Assert.NotEqual(again.CaseId, (await SendAsync(worker, Guid.NewGuid().ToString())).CaseId);
        Assert.NotEqual(again.CaseId, (await SendAsync(chair, key)).CaseId);
        Assert.Equal(3, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Cases.CountAsync()));

        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(Report()) };
        malformed.Headers.Add("Idempotency-Key", new string('k', 101));
        using var refused = await worker.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Idempotency-Key", (await refused.ReadJsonAsync()).Errors().Keys);
    }

    [Fact]
    public async Task An_integrated_hotline_system_reports_with_client_credentials_and_is_named_on_the_timeline()
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var clientId = "hotline-111-" + Guid.NewGuid().ToString("N")[..6];
        using var registered = await admin.PostAsJsonAsync("/api/identity/clients",
            new CaseManagement.Identity.Features.ManageClients.RegisterClientRequest(clientId, "Tổng đài 111", [Roles.HotlineOperator], "535"));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var secret = (await registered.ReadAsync<CaseManagement.Identity.Features.ManageClients.RegisteredClient>()).ClientSecret;
        using var anonymous = host.CreateClient();
        using var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "casemanagement.api",
        }));
        var accessToken = (await token.ReadJsonAsync()).GetProperty("access_token").GetString();
        using var system = host.CreateClient();
        system.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);

        var received = await ReceiveAsync(system, Report() with { Reporter = new(false, null, null, null, "Người dân gọi 111") });
        var timeline = await (await worker.GetAsync($"/api/cases/{received.CaseId}/timeline")).ReadAsync<List<TimelineView>>();
        Assert.Equal((clientId, "Tổng đài 111"), (timeline.Single().UserId, timeline.Single().UserName));
        var details = await (await worker.GetAsync($"/api/cases/{received.CaseId}")).ReadAsync<CaseDetails>();
        Assert.True(details.Reports.Single().Anonymous);
        Assert.Null(details.Reports.Single().Reporter);
    }

    [Fact]
    public async Task A_case_of_another_commune_moves_there_once_that_commune_accepts_it()
    {
        var received = await ReceiveAsync(worker, Report());
        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "OtherCommune", "21487"));
        Assert.Equal("21487", step.PendingTransferTo);
        Assert.Empty(step.AllowedActions);

        var other = await host.ClientForAsync(Roles.SocialWorker, "21487");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        var incoming = (await (await other.GetAsync("/api/cases/work-list")).ReadAsync<CaseManagement.BuildingBlocks.Web.WorkPage<CaseManagement.Cases.Features.WorkList.WorkItem>>()).Items;
        Assert.Equal(("transfer", received.CaseId, "Tiếp nhận hồ sơ được chuyển đến"), incoming.Select(w => (w.Kind, w.CaseId, w.What)).Single());
        step = await StepAsync(other, received.CaseId, "transfer/accept", new VersionedRequest(step.Version));
        Assert.Equal(("21487", CaseStatus.Verifying, (string?)null), (step.UnitCode, step.Status, step.PendingTransferTo));
        Assert.Equal(received.Number, step.Number);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/cases/{received.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/cases/{received.CaseId}/timeline")).StatusCode);
        var found = await (await other.GetAsync("/api/cases?childName=nguyen%20an")).ReadAsync<CaseManagement.BuildingBlocks.Web.PagedResponse<CaseManagement.Cases.Features.Search.CaseSummary>>();
        Assert.Equal([received.CaseId], found.Items.Select(c => c.Id)); // found by name in its new commune
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseProcedureOnSqlite(SqliteHost host) : CaseProcedureTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseProcedureOnPostgres(PostgresRabbitHost host) : CaseProcedureTests(host);
