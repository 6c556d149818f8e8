using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.Shared;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.Organisations;

/// <summary>Creates, changes and lists organisations and their services; each change publishes <see cref="OrganisationChanged"/>.</summary>
internal sealed class OrganisationsHandler(DirectoryDbContext db, UnitHierarchyCache hierarchies, AdministrationArea area, TimeProvider clock)
{
    public async Task<IReadOnlyList<OrganisationResponse>> ListAsync(string? unitCode, string? type, CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        var kind = RequestValues.ParseCode<OrganisationType>(type);
        return [.. organisations
            .Where(o => kind is null || o.Type == kind)
            .Where(o => unitCode is null || o.ServedUnitCodes.Contains(unitCode, StringComparer.Ordinal))
            .Select(OrganisationResponse.From)];
    }

    public async Task<OrganisationResponse> GetAsync(Guid id, CancellationToken ct) =>
        OrganisationResponse.From(await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound(id));

    public async Task<OrganisationResponse> CreateAsync(OrganisationRequest request, CancellationToken ct)
    {
        await CheckUnitsAsync(request, ct);
        await area.RequireCoversAsync(request.UnitCode, ct);
        var organisation = Organisation.Create(request.ToDetails());
        db.Organisations.Add(organisation);
        await SaveAsync(organisation, ct);
        return OrganisationResponse.From(organisation);
    }

    public async Task<OrganisationResponse> UpdateAsync(Guid id, OrganisationRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound(id);
        Concurrency.Check(db, organisation, organisation.Version, request.Version);
        await CheckUnitsAsync(request, ct);
        await area.RequireCoversAsync(organisation.UnitCode, ct);
        await area.RequireCoversAsync(request.UnitCode, ct);
        organisation.Update(request.ToDetails());
        await SaveAsync(organisation, ct);
        return OrganisationResponse.From(organisation);
    }

    private async Task SaveAsync(Organisation o, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(new OrganisationChanged(
            o.Id, o.Name, o.Type, o.UnitCode, o.ServedUnitCodes,
            [.. o.Services.Select(s => new ServiceOffered(s.Id, s.Type, s.Name, s.Capacity, s.Available24x7, s.Active))],
            o.Active.From, o.Active.To, o.Version, now), now);
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckUnitsAsync(OrganisationRequest request, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (!hierarchy.Contains(request.UnitCode))
        {
            errors["unitCode"] = [DirectoryText.Messages.Get("unit.not_found", request.UnitCode)];
        }

        var unknown = (request.ServedUnitCodes ?? []).Where(c => !hierarchy.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            errors["servedUnitCodes"] = [.. unknown.Select(c => DirectoryText.Messages.Get("unit.not_found", c))];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private static NotFoundException NotFound(Guid id) =>
        new("organisation.not_found", DirectoryText.Messages.Get("organisation.not_found", id));
}

/// <summary>Optimistic concurrency for whole-record updates: the version the client read must still be
/// the stored one (checked now, and again by the concurrency token at SaveChanges).</summary>
internal static class Concurrency
{
    public static void Check<T>(DirectoryDbContext db, T entity, int storedVersion, int? expectedVersion)
        where T : class
    {
        if (expectedVersion is not { } expected)
        {
            return;
        }

        if (expected != storedVersion)
        {
            throw new ConflictException("concurrency", DirectoryText.Messages.Get("record.version_conflict", storedVersion));
        }

        db.Entry(entity).Property("Version").OriginalValue = expected;
    }
}
