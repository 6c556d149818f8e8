using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.ListUnits;
using CaseManagement.Directory.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Directory.Features.UnitTree;

/// <summary>Tree questions about one unit, answered from the in-memory hierarchy as of a date.</summary>
internal static class UnitTreeEndpoints
{
    public static void Map(RouteGroupBuilder units)
    {
        units.MapGet("/{code}/versions", VersionsAsync)
            .WithName("ListAdministrativeUnitVersions")
            .WithSummary("Các phiên bản của một đơn vị / Every version of a unit")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{code}/ancestors", AncestorsAsync)
            .WithName("ListAdministrativeUnitAncestors")
            .WithSummary("Các đơn vị cấp trên / The units above one, nearest first")
            .WithDescription("As in force on asOf (yyyy-MM-dd, default today in Vietnam).")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<AsOfQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{code}/descendants", DescendantsAsync)
            .WithName("ListAdministrativeUnitDescendants")
            .WithSummary("Các đơn vị trực thuộc / Every unit below one")
            .WithDescription("As in force on asOf (yyyy-MM-dd, default today in Vietnam), level by level; level filters one tier.")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<AsOfQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{code}/counts-toward", CountsTowardAsync)
            .WithName("GetAdministrativeUnitSuccessors")
            .WithSummary("Đơn vị tiếp nhận hồ sơ của đơn vị đã sáp nhập / Where a merged unit's records count now")
            .WithDescription("The unit itself while in force on asOf, else its successors followed through later mergers.")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<AsOfQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<UnitResponse>>> VersionsAsync(string code, UnitHierarchyCache hierarchies, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        return hierarchy.Contains(code)
            ? TypedResults.Ok<IReadOnlyList<UnitResponse>>([.. hierarchy.Versions(code).Select(UnitResponse.From)])
            : throw ListUnitsEndpoint.UnitNotFound(code);
    }

    private static async Task<Ok<IReadOnlyList<UnitResponse>>> AncestorsAsync(
        string code, [AsParameters] AsOfQuery query, UnitHierarchyCache hierarchies, TimeProvider clock, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var date = query.DateOrToday(clock);
        return hierarchy.InForce(code, date) is null
            ? throw ListUnitsEndpoint.UnitNotInForce(code, date)
            : TypedResults.Ok<IReadOnlyList<UnitResponse>>([.. hierarchy.Ancestors(code, date).Select(UnitResponse.From)]);
    }

    private static async Task<Ok<IReadOnlyList<UnitResponse>>> DescendantsAsync(
        string code, [AsParameters] AsOfQuery query, UnitHierarchyCache hierarchies, TimeProvider clock, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        var date = query.DateOrToday(clock);
        return hierarchy.InForce(code, date) is null
            ? throw ListUnitsEndpoint.UnitNotInForce(code, date)
            : TypedResults.Ok<IReadOnlyList<UnitResponse>>([.. hierarchy.Descendants(code, date, query.LevelValue).Select(UnitResponse.From)]);
    }

    private static async Task<Ok<IReadOnlyList<UnitResponse>>> CountsTowardAsync(
        string code, [AsParameters] AsOfQuery query, UnitHierarchyCache hierarchies, TimeProvider clock, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        return hierarchy.Contains(code)
            ? TypedResults.Ok<IReadOnlyList<UnitResponse>>([.. hierarchy.CountsToward(code, query.DateOrToday(clock)).Select(UnitResponse.From)])
            : throw ListUnitsEndpoint.UnitNotFound(code);
    }
}
