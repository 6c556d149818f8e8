using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>Where a unit sits, as of a day: the commune a case belongs to (a village's commune),
/// its province (which deadline rules apply) and whether it is remote (48-hour police limit).</summary>
public sealed record CommunePlace(string CommuneCode, string CommuneName, string? ProvinceCode, bool Remote);

/// <summary>Cases' copy of the units, kept in memory between changes (the unit consumer drops it).</summary>
public sealed class CaseUnits(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<CasesDbContext, ILookup<string, AdministrativeUnitCopy>>(scopes, clock, TimeSpan.FromMinutes(5))
{
    /// <summary>The commune of a commune or village in force on the day; null when there is none.</summary>
    public async Task<CommunePlace?> CommuneOfAsync(string? unitCode, DateOnly day, CancellationToken ct)
    {
        if (unitCode is null)
        {
            return null;
        }

        var units = await GetAsync(ct);
        var unit = InForce(units, unitCode, day);
        if (unit?.Level == UnitLevel.Village)
        {
            unit = InForce(units, unit.ParentCode, day);
        }

        if (unit?.Level != UnitLevel.Commune)
        {
            return null;
        }

        var province = unit;
        for (var hops = 0; province is not null && province.Level != UnitLevel.Province && hops < 5; hops++)
        {
            province = InForce(units, province.ParentCode, day);
        }

        return new CommunePlace(unit.Code, unit.Name, province?.Code, unit.Remote);
    }

    /// <summary>The unit and every unit above it in force on the day (commune, district, province).</summary>
    public async Task<IReadOnlySet<string>> ChainOfAsync(string unitCode, DateOnly day, CancellationToken ct)
    {
        var units = await GetAsync(ct);
        var chain = new HashSet<string>(StringComparer.Ordinal) { unitCode };
        for (var unit = InForce(units, unitCode, day); unit?.ParentCode is { } parent && chain.Add(parent);)
        {
            unit = InForce(units, parent, day);
        }

        return chain;
    }

    protected override async Task<ILookup<string, AdministrativeUnitCopy>> LoadAsync(CasesDbContext db, CancellationToken ct) =>
        (await db.Units.AsNoTracking().ToListAsync(ct)).ToLookup(u => u.Code, StringComparer.Ordinal);

    private static AdministrativeUnitCopy? InForce(ILookup<string, AdministrativeUnitCopy> units, string? code, DateOnly day) =>
        code is null ? null : units[code].FirstOrDefault(u => (u.ValidFrom is null || u.ValidFrom <= day) && (u.ValidTo is null || day <= u.ValidTo));
}
