using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Features.Duplicates;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Features.ViewCase;
using CaseManagement.IntegrationTests.Infrastructure;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Duplicate candidates at intake with real Vietnamese names, then linking a report to a
/// known child or merging it into an existing case.</summary>
public abstract class DuplicateTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient worker = null!;
    private IntakeResponse known = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
        known = await ReceiveAsync(worker, Report());                                         // Nguyễn Văn An, male, 2015-03-02
        await ReceiveAsync(worker, Report("Nguyễn Văn Bình", dateOfBirth: "2015-06-01", personalNumber: "051215000456"));     // same family, other given name
        await ReceiveAsync(worker, Report("Nguyễn Thị An", sex: "Female", dateOfBirth: "2015-01-10", personalNumber: null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("nguyen van an", "2015-03-02", null, "Male", null, "same-name")]
    [InlineData("NGUYỄN AN", null, 11, "Male", null, "similar-name")]
    [InlineData("Nguyen Van An", null, 12, "Unknown", null, "same-name")]
    [InlineData("Đinh Văn An", null, 11, "Male", null, "same-given-name-and-age")]
    [InlineData("Hồ Văn Tèo", null, null, null, "051215000123", "personal-number")]
    public async Task The_known_child_is_proposed_whatever_the_spelling(string name, string? born, int? age, string? sex, string? number, string reason)
    {
        var candidates = await CandidatesAsync(new DuplicateQuery(name, born, age, sex, number, "21484-TDP1", null, null));
        var first = candidates.First();
        Assert.Equal("Nguyễn Văn An", first.DisplayName);
        Assert.Contains(reason, first.Reasons);
        Assert.Contains("same-commune", first.Reasons);   // the residence the child's keys carry
        Assert.Equal([known.CaseId], first.Cases.Select(c => c.CaseId));
        Assert.DoesNotContain(candidates, c => c.DisplayName == "Nguyễn Văn Bình");
    }

    [Fact]
    public async Task Other_children_are_not_proposed()
    {
        Assert.Empty(await CandidatesAsync(new DuplicateQuery("Nguyễn Văn An", null, 5, "Male", null, null, null, null)));   // far younger
        Assert.DoesNotContain(await CandidatesAsync(new DuplicateQuery("Nguyễn Văn An", "2015-03-02", null, "Female", null, null, null, null)),
            c => c.DisplayName == "Nguyễn Văn An"); // another sex
        Assert.Empty(await CandidatesAsync(new DuplicateQuery("Phạm Minh Khôi", "2015-03-02", null, "Male", null, "21484-TDP1", null, null)));
        var elsewhere = await host.ClientForAsync(Roles.SocialWorker, "21025");
        using var outside = await elsewhere.PostAsJsonAsync("/api/cases/duplicate-candidates", new DuplicateQuery("Nguyễn Văn An", "2015-03-02", null, "Male", null, null, null, null));
        Assert.Empty(await outside.ReadAsync<List<DuplicateCandidate>>());
    }

    [Fact]
    public async Task A_report_is_linked_to_the_known_child_or_merged_into_the_case()
    {
        var childId = known.ChildIds.Single();
        var later = Report() with { Children = [new ChildRequest(childId, null, null, null, null, null, null, null, null, null, null, null)] };
        var second = await ReceiveAsync(worker, later);
        Assert.NotEqual(known.CaseId, second.CaseId);
        Assert.Equal([childId], second.ChildIds);
        var candidates = await CandidatesAsync(new DuplicateQuery("Nguyễn Văn An", "2015-03-02", null, "Male", null, null, null, null));
        Assert.Equal(2, candidates.Single(c => c.ChildId == childId).Cases.Count);

        var merged = await ReceiveAsync(worker, Report() with { Channel = "School", Children = null, Incident = null, MergeIntoCaseId = known.CaseId });
        Assert.Equal(known.CaseId, merged.CaseId);
        var details = await (await worker.GetAsync($"/api/cases/{known.CaseId}")).ReadAsync<CaseDetails>();
        Assert.Equal(["Hotline111", "School"], details.Reports.Select(r => r.Channel.ToString()));
        Assert.Single(details.Children);
    }

    private async Task<List<DuplicateCandidate>> CandidatesAsync(DuplicateQuery query)
    {
        using var response = await worker.PostAsJsonAsync("/api/cases/duplicate-candidates", query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<List<DuplicateCandidate>>();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DuplicatesOnSqlite(SqliteHost host) : DuplicateTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DuplicatesOnPostgres(PostgresRabbitHost host) : DuplicateTests(host);
