using CaseManagement.Identity.Persistence;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.WebTests;

/// <summary>The web layer calls the API as the signed-in person: the audit names that person and their own address.</summary>
[Collection(WebCollection.Name)]
public sealed class ThroughTheApiTests(WebFixture web)
{
    [Fact]
    public async Task What_a_page_reads_is_audited_under_the_person_and_their_own_address()
    {
        // As behind the province's load balancer: the person's address comes in X-Forwarded-For.
        await using var context = await web.NewContextAsync();
        await context.SetExtraHTTPHeadersAsync([new("X-Forwarded-For", "203.0.113.7")]);
        var page = await context.SignInAsync("demo.socialworker");
        var correlation = (await page.ReloadAsync())!.Headers["x-correlation-id"];

        await using var scope = web.Host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.CorrelationId == correlation).ToListAsync();
        var workList = Assert.Single(entries, e => e.ResourceType == "case" && e.Action == "work-list");
        Assert.Equal(("demo.socialworker", "203.0.113.7"), (workList.UserName, workList.ClientAddress));
    }
}
