using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Persistence.Inserts;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.NewCaseRows;

namespace CaseManagement.IntegrationTests.Persistence;

/// <summary>New rows saved past the change tracker (on PostgreSQL; EF's save elsewhere) read back as
/// they were given, with the tracked outbox rows numbered, and a failure saves none of them.</summary>
public abstract class NewRowsTests(CaseManagementHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_case_its_child_and_their_rows_read_back_as_they_were_given()
    {
        var child = NewChild();
        var opened = NewCase(child.Id);
        var searchKey = new CaseSearchKey(opened.Id, -42, opened.UnitCode);
        var events = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            db.AddIntegrationEvent(new CaseReportMerged(opened.Id, opened.UnitCode, Guid.NewGuid(), ReportChannel.Police, At, At), At);
            db.AddIntegrationEvent(new CaseReportMerged(opened.Id, opened.UnitCode, Guid.NewGuid(), ReportChannel.School, At, At), At);
            await db.InsertNewAsync([child, opened, searchKey], CancellationToken.None);
            return db.ChangeTracker.Entries<OutboxMessage>().Select(e => (e.State, e.Entity.Id, e.Entity.Payload)).ToList();
        });

        Assert.All(events, e => Assert.Equal(EntityState.Unchanged, e.State));
        Assert.True(events[0].Id > 0 && events[1].Id > events[0].Id, "the outbox rows are numbered in the order they were added");

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var saved = await db.Cases.AsNoTracking().Include(c => c.Children).Include(c => c.Reports).Include(c => c.Timeline).SingleAsync(c => c.Id == opened.Id);
            Assert.Equal((opened.Number, opened.UnitCode, opened.Status, opened.Version, opened.ReceivedAt), (saved.Number, saved.UnitCode, saved.Status, saved.Version, saved.ReceivedAt));
            Assert.Equal(opened.Incident, saved.Incident);
            Assert.Null(saved.InitialAssessment);
            Assert.Equal(opened.Children, saved.Children);
            var report = Assert.Single(saved.Reports);
            Assert.Equal((ReportChannel.Hotline111, "111", "reporter-sealed", "narrative-sealed"), (report.Channel, report.ReceivingBody, report.ReporterSealed, report.NarrativeSealed));
            Assert.Equal(opened.Timeline.Select(t => (t.Id, t.Action, t.StatusAfter, t.UserName)), saved.Timeline.Select(t => (t.Id, t.Action, t.StatusAfter, t.UserName)));

            var savedChild = await db.Children.AsNoTracking().Include(c => c.Keys).SingleAsync(c => c.Id == child.Id);
            Assert.Equal((Sex.Female, 2016, true, "Kinh", "21484", "identity-sealed"),
                (savedChild.Sex, savedChild.BirthYear, savedChild.BirthYearEstimated, savedChild.Ethnicity, savedChild.ResidenceUnitCode, savedChild.IdentitySealed));
            Assert.Equal(child.Keys.OrderBy(k => k.Kind), savedChild.Keys.OrderBy(k => k.Kind));
            Assert.Equal(searchKey, await db.CaseSearchKeys.AsNoTracking().SingleAsync(k => k.CaseId == opened.Id));
            var outbox = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Payload, m.SentAt }).ToListAsync();
            Assert.Equal(events.Select(e => (e.Id, e.Payload)), outbox.Select(m => (m.Id, m.Payload)));
            Assert.All(outbox, m => Assert.Null(m.SentAt));
            return 0;
        });
    }

    [Fact]
    public async Task A_failed_insert_saves_none_of_its_rows()
    {
        var opened = await SavedCaseAsync();

        var child = NewChild();
        var again = NewCase(child.Id, opened.Id);
        await Assert.ThrowsAsync<DbUpdateException>(() => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            db.AddIntegrationEvent(new CaseReportMerged(opened.Id, opened.UnitCode, Guid.NewGuid(), ReportChannel.Police, At, At), At);
            await db.InsertNewAsync([child, again], CancellationToken.None);
            return 0;
        }));

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            Assert.False(await db.Children.AnyAsync(c => c.Id == child.Id));
            Assert.False(await db.OutboxMessages.AnyAsync());
            Assert.Equal(opened.Children.Single().ChildId, (await db.CaseChildren.SingleAsync()).ChildId);
            return 0;
        });
    }

    [Fact]
    public async Task A_change_tracked_alongside_the_new_rows_is_saved_with_them()
    {
        var opened = await SavedCaseAsync();

        var child = NewChild();
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            var tracked = await db.Cases.SingleAsync(c => c.Id == opened.Id);
            tracked.StartVerification(Worker with { At = At.AddMinutes(5) });
            await db.InsertNewAsync([child], CancellationToken.None);
            return 0;
        });

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            Assert.Equal(CaseStatus.Verifying, (await db.Cases.SingleAsync(c => c.Id == opened.Id)).Status);
            Assert.True(await db.Children.AnyAsync(c => c.Id == child.Id));
            return 0;
        });
    }

    [Fact]
    public async Task An_entity_the_tracker_has_added_too_is_written_once()
    {
        var child = NewChild();
        var opened = NewCase(child.Id);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            db.Children.Add(child);
            await db.InsertNewAsync([child, opened], CancellationToken.None);
            return 0;
        });

        var keys = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().ChildKeys.CountAsync(k => k.ChildId == child.Id));
        Assert.Equal(child.Keys.Count, keys);
    }

    /// <summary>A case saved on its own beforehand.</summary>
    private async Task<Case> SavedCaseAsync()
    {
        var opened = NewCase(Guid.NewGuid());
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<CasesDbContext>().InsertNewAsync([opened], CancellationToken.None);
            return 0;
        });
        return opened;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NewRowsOnSqlite(SqliteHost host) : NewRowsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class NewRowsOnPostgres(PostgresRabbitHost host) : NewRowsTests(host);
