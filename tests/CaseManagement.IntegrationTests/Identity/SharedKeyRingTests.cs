using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>
/// The Data Protection key ring lives in the database: another Host instance on the same database (built here as a
/// second, independent Data Protection set-up reading the same table) opens what this one protected, as a sign-in
/// cookie or an antiforgery token made behind one instance must be read behind another.
/// </summary>
public abstract class SharedKeyRingTests(CaseManagementHost host)
{
    [Fact]
    public async Task What_one_instance_protects_another_on_the_same_database_opens()
    {
        var purpose = "CaseManagement.Tests.SharedKeyRing";
        var protectedText = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("phiên đăng nhập");
        Assert.True(await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().DataProtectionKeys.AnyAsync()), "no key in the database");

        await using var scope = host.Services.CreateAsyncScope();
        var other = new ServiceCollection();
        other.AddLogging();
        other.AddScoped(_ => scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
        other.AddDataProtection().SetApplicationName("CaseManagement").PersistKeysToDbContext<IdentityDbContext>();
        await using var otherInstance = other.BuildServiceProvider();

        Assert.Equal("phiên đăng nhập", otherInstance.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(protectedText));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SharedKeyRingOnSqlite(SqliteHost host) : SharedKeyRingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SharedKeyRingOnPostgres(PostgresRabbitHost host) : SharedKeyRingTests(host);
