using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Persistence;

// One subclass per provider so that each keeps its own migrations (Migrations/<Provider>).

public sealed class SqliteSupportInterventionsDbContext(DbContextOptions<SqliteSupportInterventionsDbContext> options) : SupportInterventionsDbContext(options);

public sealed class PostgreSqlSupportInterventionsDbContext(DbContextOptions<PostgreSqlSupportInterventionsDbContext> options) : SupportInterventionsDbContext(options);

public sealed class SqlServerSupportInterventionsDbContext(DbContextOptions<SqlServerSupportInterventionsDbContext> options) : SupportInterventionsDbContext(options);

internal sealed class SqliteSupportInterventionsDesignFactory() : DesignTimeContextFactory<SqliteSupportInterventionsDbContext>(DatabaseProvider.Sqlite, SupportInterventionsDbContext.SchemaName);

internal sealed class PostgreSqlSupportInterventionsDesignFactory() : DesignTimeContextFactory<PostgreSqlSupportInterventionsDbContext>(DatabaseProvider.PostgreSql, SupportInterventionsDbContext.SchemaName);

internal sealed class SqlServerSupportInterventionsDesignFactory() : DesignTimeContextFactory<SqlServerSupportInterventionsDbContext>(DatabaseProvider.SqlServer, SupportInterventionsDbContext.SchemaName);
