using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Features.Calendar;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Cases keeps what it needs of the Directory from its events: the working-day calendar
/// its deadlines count on, and the organisations (police units) referrals go to.</summary>
public abstract class CaseDirectoryCopiesTests(CaseManagementHost host) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await CasesScenario.LoadUnitsAsync(host);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_calendar_override_and_a_police_unit_reach_the_Cases_module()
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        using var dayOff = await admin.PutAsJsonAsync("/api/directory/calendar/2026/days/2026-02-23", new SetCalendarDayRequest(false, "Nghỉ Tết bổ sung", null));
        Assert.Equal(HttpStatusCode.OK, dayOff.StatusCode);
        using var police = await admin.PostAsJsonAsync("/api/directory/organisations", new OrganisationRequest(
            "Công an thị trấn Ba Tơ", "Police", "21484", null, null, "0255 3863 113", null, null, "24/7", null, null, [], null));
        Assert.Equal(HttpStatusCode.Created, police.StatusCode);
        await host.DrainOutboxAsync();

        await Eventually.HoldsAsync(async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Organisations
            .AnyAsync(o => o.Name == "Công an thị trấn Ba Tơ" && o.Type == OrganisationType.Police)), "Cases has the police unit");
        await Eventually.HoldsAsync(async () => await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().CalendarYears.AnyAsync(y => y.Year == 2026)),
            "Cases has the 2026 calendar");
        var calendar = await host.InScopeAsync(sp => sp.GetRequiredService<ModuleCalendar<CasesDbContext>>().GetAsync(CancellationToken.None));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 24)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseDirectoryCopiesOnSqlite(SqliteHost host) : CaseDirectoryCopiesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseDirectoryCopiesOnPostgres(PostgresRabbitHost host) : CaseDirectoryCopiesTests(host);
