using CaseManagement.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Persistence;

/// <summary>The module's own schema; for now only its outbox and processed-messages tables.</summary>
public abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;
}
