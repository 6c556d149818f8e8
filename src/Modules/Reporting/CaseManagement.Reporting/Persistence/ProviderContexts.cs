using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Reporting.Persistence;

// One subclass per provider so that each keeps its own migrations (Migrations/<Provider>).

public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);

public sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options) : ReportingDbContext(options);

public sealed class SqlServerReportingDbContext(DbContextOptions<SqlServerReportingDbContext> options) : ReportingDbContext(options);

internal sealed class SqliteReportingDesignFactory() : DesignTimeContextFactory<SqliteReportingDbContext>(DatabaseProvider.Sqlite, ReportingDbContext.SchemaName);

internal sealed class PostgreSqlReportingDesignFactory() : DesignTimeContextFactory<PostgreSqlReportingDbContext>(DatabaseProvider.PostgreSql, ReportingDbContext.SchemaName);

internal sealed class SqlServerReportingDesignFactory() : DesignTimeContextFactory<SqlServerReportingDbContext>(DatabaseProvider.SqlServer, ReportingDbContext.SchemaName);
