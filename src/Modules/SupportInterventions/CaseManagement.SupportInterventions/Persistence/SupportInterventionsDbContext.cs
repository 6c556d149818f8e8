using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Persistence;

/// <summary>The module's own schema; for now only its outbox and processed-messages tables.</summary>
public abstract class SupportInterventionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "support";

    public override string Schema => SchemaName;
}
