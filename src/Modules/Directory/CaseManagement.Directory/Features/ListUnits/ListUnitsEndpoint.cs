using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
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
            .RequireAuthorization(Capabilities.DirectoryRead)
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
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedResponse<UnitResponse>(items.ConvertAll(ToResponse), total, page, pageSize));
    }

    private static async Task<Ok<UnitResponse>> GetAsync(string code, DirectoryDbContext db, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, ct);
        return unit is null
            ? throw new NotFoundException("unit.not_found", DirectoryText.Messages.Get("unit.not_found", code))
            : TypedResults.Ok(ToResponse(unit));
    }

    // Mapped in memory: the level is stored as text, and a cast inside the query would be sent to SQL.
    private static UnitResponse ToResponse(AdministrativeUnit u) =>
        new(u.Code, u.Name, (UnitLevel)u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.Version);
}
