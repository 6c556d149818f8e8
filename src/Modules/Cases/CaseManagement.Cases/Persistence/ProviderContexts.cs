using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Persistence;

// One subclass per provider so that each keeps its own migrations (Migrations/<Provider>).

public sealed class SqliteCasesDbContext(DbContextOptions<SqliteCasesDbContext> options) : CasesDbContext(options);

public sealed class PostgreSqlCasesDbContext(DbContextOptions<PostgreSqlCasesDbContext> options) : CasesDbContext(options);

public sealed class SqlServerCasesDbContext(DbContextOptions<SqlServerCasesDbContext> options) : CasesDbContext(options);

internal sealed class SqliteCasesDesignFactory() : DesignTimeContextFactory<SqliteCasesDbContext>(DatabaseProvider.Sqlite, CasesDbContext.SchemaName);

internal sealed class PostgreSqlCasesDesignFactory() : DesignTimeContextFactory<PostgreSqlCasesDbContext>(DatabaseProvider.PostgreSql, CasesDbContext.SchemaName);

internal sealed class SqlServerCasesDesignFactory() : DesignTimeContextFactory<SqlServerCasesDbContext>(DatabaseProvider.SqlServer, CasesDbContext.SchemaName);
