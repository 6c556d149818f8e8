using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Shared;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.Staff;

/// <summary>Creates, changes and lists staff; each change publishes <see cref="StaffChanged"/>.</summary>
internal sealed class StaffHandler(DirectoryDbContext db, UnitHierarchyCache hierarchies, AdministrationArea area, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffResponse>> ListAsync(string? unitCode, Guid? organisationId, string? asOf, CancellationToken ct)
    {
        var staff = db.Staff.AsNoTracking();
        if (unitCode is not null)
        {
            staff = staff.Where(s => s.UnitCode == unitCode);
        }

        if (organisationId is not null)
        {
            staff = staff.Where(s => s.OrganisationId == organisationId);
        }

        var date = RequestValues.ParseDate(asOf) ?? VietnamTime.Today(clock);
        return [.. (await staff.OrderBy(s => s.FullName).ToListAsync(ct)).Where(s => s.Active.Contains(date)).Select(StaffResponse.From)];
    }

    public async Task<StaffResponse> GetAsync(Guid id, CancellationToken ct) =>
        StaffResponse.From(await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw NotFound(id));

    public async Task<StaffResponse> CreateAsync(StaffRequest request, CancellationToken ct)
    {
        await CheckReferencesAsync(request, ct);
        await area.RequireCoversAsync(request.UnitCode, ct);
        var member = StaffMember.Create(request.ToDetails());
        db.Staff.Add(member);
        await SaveAsync(member, ct);
        return StaffResponse.From(member);
    }

    public async Task<StaffResponse> UpdateAsync(Guid id, StaffRequest request, CancellationToken ct)
    {
        var member = await db.Staff.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw NotFound(id);
        Concurrency.Check(db, member, member.Version, request.Version);
        await CheckReferencesAsync(request, ct);
        await area.RequireCoversAsync(member.UnitCode, ct);
        await area.RequireCoversAsync(request.UnitCode, ct);
        member.Update(request.ToDetails());
        await SaveAsync(member, ct);
        return StaffResponse.From(member);
    }

    private async Task SaveAsync(StaffMember s, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(new StaffChanged(
            s.Id, s.FullName, s.OrganisationId, s.UnitCode, s.Function, s.VillageCode, s.Active.From, s.Active.To, s.Version, now), now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The organisation must exist; the unit too; a collaborator's village must be a village below the unit.</summary>
    private async Task CheckReferencesAsync(StaffRequest request, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (!await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId, ct))
        {
            errors["organisationId"] = [DirectoryText.Messages.Get("organisation.not_found", request.OrganisationId)];
        }

        if (!hierarchy.Contains(request.UnitCode))
        {
            errors["unitCode"] = [DirectoryText.Messages.Get("unit.not_found", request.UnitCode)];
        }

        if (request.VillageCode is { } village && !hierarchy.Versions(village)
                .Any(v => v.Level == AdministrativeLevel.Village && v.ParentCode == request.UnitCode))
        {
            errors["villageCode"] = [DirectoryText.Messages.Get("staff.village_not_below", village, request.UnitCode)];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private static NotFoundException NotFound(Guid id) => new("staff.not_found", DirectoryText.Messages.Get("staff.not_found", id));
}
