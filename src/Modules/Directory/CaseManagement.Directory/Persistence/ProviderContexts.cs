using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Persistence;

// One subclass per provider so that each keeps its own migrations (Migrations/<Provider>).

public sealed class SqliteDirectoryDbContext(DbContextOptions<SqliteDirectoryDbContext> options) : DirectoryDbContext(options);

public sealed class PostgreSqlDirectoryDbContext(DbContextOptions<PostgreSqlDirectoryDbContext> options) : DirectoryDbContext(options);

public sealed class SqlServerDirectoryDbContext(DbContextOptions<SqlServerDirectoryDbContext> options) : DirectoryDbContext(options);

internal sealed class SqliteDirectoryDesignFactory() : DesignTimeContextFactory<SqliteDirectoryDbContext>(DatabaseProvider.Sqlite, DirectoryDbContext.SchemaName);

internal sealed class PostgreSqlDirectoryDesignFactory() : DesignTimeContextFactory<PostgreSqlDirectoryDbContext>(DatabaseProvider.PostgreSql, DirectoryDbContext.SchemaName);

internal sealed class SqlServerDirectoryDesignFactory() : DesignTimeContextFactory<SqlServerDirectoryDbContext>(DatabaseProvider.SqlServer, DirectoryDbContext.SchemaName);
