using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Directory.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>A commune's province (which deadline rules apply) and whether it is remote.</summary>
public sealed record SupportPlace(string? ProvinceCode, bool Remote);

/// <summary>The module's copy of the units, kept in memory between changes (the unit consumer drops it).</summary>
public sealed class SupportUnits(IServiceScopeFactory scopes, TimeProvider clock)
    : ModuleSnapshot<SupportInterventionsDbContext, ILookup<string, UnitCopy>>(scopes, clock, TimeSpan.FromMinutes(5))
{
    private readonly TimeProvider clock = clock;

    public async Task<SupportPlace> PlaceOfAsync(string unitCode, CancellationToken ct)
    {
        var units = await GetAsync(ct);
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var unit = InForce(units, unitCode, today);
        var province = unit;
        for (var hops = 0; province is not null && province.Level != UnitLevel.Province && hops < 5; hops++)
        {
            province = InForce(units, province.ParentCode, today);
        }

        return new SupportPlace(province?.Code, unit?.Remote ?? false);
    }

    protected override async Task<ILookup<string, UnitCopy>> LoadAsync(SupportInterventionsDbContext db, CancellationToken ct) =>
        (await db.Units.AsNoTracking().ToListAsync(ct)).ToLookup(u => u.Code, StringComparer.Ordinal);

    /// <summary>The version in force on the day, else the latest one (a case kept under a unit since merged).</summary>
    private static UnitCopy? InForce(ILookup<string, UnitCopy> units, string? code, DateOnly day) =>
        code is null ? null
        : units[code].FirstOrDefault(u => (u.ValidFrom is null || u.ValidFrom <= day) && (u.ValidTo is null || day <= u.ValidTo))
            ?? units[code].OrderByDescending(u => u.ValidFrom).FirstOrDefault();
}
