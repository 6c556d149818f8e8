using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.ListUnits;

internal static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder units)
    {
        units.MapGet("/", ListAsync)
            .WithName("ListAdministrativeUnits")
            .WithSummary("Danh sách đơn vị hành chính / List administrative units")
            .WithDescription("Filter by parentCode, by level and by the date the units are in force (asOf, yyyy-MM-dd).")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<ListUnitsQuery>();
        units.MapGet("/{code}", GetAsync)
            .WithName("GetAdministrativeUnit")
            .WithSummary("Một đơn vị hành chính / One administrative unit")
            .WithDescription("The version in force on asOf (yyyy-MM-dd, default today in Vietnam); without asOf, " +
                "a unit that no longer exists answers with its last version.")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<AsOfQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResponse<UnitResponse>>> ListAsync(
        [AsParameters] ListUnitsQuery query, DirectoryDbContext db, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking();
        if (query.ParentCode is { } parent)
        {
            units = units.Where(u => u.ParentCode == parent);
        }

        if (query.LevelValue is { } level)
        {
            units = units.Where(u => u.Level == level);
        }

        if (query.AsOfDate is { } date)
        {
            units = units.Where(u => (u.ValidFrom == null || u.ValidFrom <= date) && (u.ValidTo == null || u.ValidTo >= date));
        }

        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? ListUnitsQuery.DefaultPageSize;
        var total = await units.CountAsync(ct);
        var items = await units.OrderBy(u => u.Code)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedResponse<UnitResponse>(items.ConvertAll(UnitResponse.From), total, page, pageSize));
    }

    private static async Task<Ok<UnitResponse>> GetAsync(
        string code, [AsParameters] AsOfQuery query, UnitHierarchyCache hierarchies, TimeProvider clock, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var versions = hierarchy.Versions(code);
        var unit = hierarchy.InForce(code, query.DateOrToday(clock))
            ?? (query.AsOf is null && versions.Count > 0 ? versions[^1] : null);
        return unit is null ? throw UnitNotFound(code) : TypedResults.Ok(UnitResponse.From(unit));
    }

    internal static NotFoundException UnitNotFound(string code) =>
        new("unit.not_found", DirectoryText.Messages.Get("unit.not_found", code));

    internal static NotFoundException UnitNotInForce(string code, DateOnly date) =>
        new("unit.not_in_force", DirectoryText.Messages.Get("unit.not_in_force", code, date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
}
