using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Directory.Features.Staff;

/// <summary><c>/api/directory/staff</c> and <c>/api/directory/coverage</c>.</summary>
internal static class StaffEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/staff").WithTags("Staff");
        group.MapGet("/", async (string? unitCode, Guid? organisationId, string? asOf, StaffHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(unitCode, organisationId, asOf, ct)))
            .WithName("ListStaff")
            .WithSummary("Danh sách cán bộ / List staff")
            .WithDescription("Staff active on asOf (default today), of a unit or an organisation.")
            .RequireAuthorization(Capabilities.DirectoryStaff);
        group.MapGet("/{id:guid}", async (Guid id, StaffHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetStaff")
            .WithSummary("Một cán bộ / One member of staff")
            .RequireAuthorization(Capabilities.DirectoryStaff)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (StaffRequest request, StaffHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/directory/staff/{created.Id}", created);
            })
            .WithName("CreateStaff")
            .WithSummary("Thêm cán bộ / Add a member of staff")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .Validate<StaffRequest>()
            .Audited("staff", "create");
        group.MapPut("/{id:guid}", async (Guid id, StaffRequest request, StaffHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateAsync(id, request, ct)))
            .WithName("UpdateStaff")
            .WithSummary("Sửa thông tin cán bộ / Change a member of staff")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .Validate<StaffRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Audited("staff", "update", "id");

        app.MapGet("/api/directory/coverage/{unitCode}", async (string unitCode, string? asOf, CoverageHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(unitCode, asOf, ct)))
            .WithTags("Staff")
            .WithName("GetStaffCoverage")
            .WithSummary("Mạng lưới cán bộ theo địa bàn / Staff coverage of an area")
            .WithDescription("Per commune below the unit: officers, chairs and each village's collaborators; communes without an officer and villages without a collaborator.")
            .RequireAuthorization(Capabilities.DirectoryStaff)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
