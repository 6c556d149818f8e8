using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using AspNetIdentityDbContext = Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<
    CaseManagement.Identity.Accounts.User, CaseManagement.Identity.Accounts.Role, System.Guid>;

namespace CaseManagement.Identity.Persistence;

/// <summary>Users and roles (ASP.NET Core Identity), OpenIddict's clients and tokens, the audit
/// trail, the Data Protection key ring every Host instance shares, and the module's outbox, all in the
/// identity schema.</summary>
public abstract class IdentityDbContext : AspNetIdentityDbContext, IModuleDbContext, IUnitTreeSource, IDataProtectionKeyContext
{
    protected IdentityDbContext(DbContextOptions options)
        : base(options) => ModuleModelConventions.UseWholeTransactions(Database);

    public const string SchemaName = "identity";

    private DatabaseProvider? provider;

    public string Schema => SchemaName;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public DbSet<ParkedMessage> ParkedMessages => Set<ParkedMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UnitCopy> Units => Set<UnitCopy>();

    public DbSet<StaffCopy> Staff => Set<StaffCopy>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<Notifications.KnownCase> KnownCases => Set<Notifications.KnownCase>();

    public DbSet<Notifications.OverdueLimit> OverdueLimits => Set<Notifications.OverdueLimit>();

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens: one ring for every Host instance (ADR 18).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The web application's signed-in sessions (their tickets, encrypted), shared by every Host instance.</summary>
    internal DbSet<Sessions.WebSession> WebSessions => Set<Sessions.WebSession>();

    public IQueryable<UnitLink> UnitLinks => Units.Select(u => new UnitLink(u.Code, u.ParentCode, u.SuccessorCodes));

    /// <summary>Read once per context instance: asking EF for its provider name is not free, and it is asked
    /// on every save. A pooled instance keeps its options, so the value holds.</summary>
    public DatabaseProvider Provider => provider ??= ModuleModelConventions.ProviderOf(Database);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ModuleModelConventions.Configure(builder, Provider, Schema);
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<User>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.UnitCode).HasMaxLength(20);
            user.HasIndex(u => u.UnitCode);
            // One account per staff member; several accounts may have no link (NULLs are distinct).
            user.HasIndex(u => u.StaffId).IsUnique();
        });
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        builder.ApplyConfiguration(new KnownCaseConfiguration());
        builder.ApplyConfiguration(new OverdueLimitConfiguration());
        builder.Entity<UnitCopy>(unit =>
        {
            unit.ToTable("Units");
            unit.HasKey(u => u.UnitId);
            unit.Property(u => u.UnitId).ValueGeneratedNever();
            unit.Property(u => u.Code).HasMaxLength(20);
            unit.HasIndex(u => u.Code);
            unit.Property(u => u.SuccessorCodes).HasMaxLength(400);
            unit.Property(u => u.Name).HasMaxLength(200);
            unit.Property(u => u.ParentCode).HasMaxLength(20);
        });
        builder.Entity<Sessions.WebSession>(session =>
        {
            session.ToTable("WebSessions");
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(64);
            session.Property(s => s.UserId).HasMaxLength(100);
            session.HasIndex(s => s.UserId);
            session.HasIndex(s => s.ExpiresAt);
        });
        builder.Entity<StaffCopy>(staff =>
        {
            staff.ToTable("Staff");
            staff.HasKey(s => s.StaffId);
            staff.Property(s => s.StaffId).ValueGeneratedNever();
            staff.Property(s => s.FullName).HasMaxLength(200);
            staff.Property(s => s.UnitCode).HasMaxLength(20);
            staff.Property(s => s.Function).HasConversion<string>().HasMaxLength(40);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModelConventions.ConfigureConventions(configurationBuilder, Provider);
}
