using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Persistence;

// One subclass per provider so that each keeps its own migrations (Migrations/<Provider>).

public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

public sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);

public sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDesignFactory() : DesignTimeContextFactory<SqliteIdentityDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.SchemaName);

internal sealed class PostgreSqlIdentityDesignFactory() : DesignTimeContextFactory<PostgreSqlIdentityDbContext>(DatabaseProvider.PostgreSql, IdentityDbContext.SchemaName);

internal sealed class SqlServerIdentityDesignFactory() : DesignTimeContextFactory<SqlServerIdentityDbContext>(DatabaseProvider.SqlServer, IdentityDbContext.SchemaName);
