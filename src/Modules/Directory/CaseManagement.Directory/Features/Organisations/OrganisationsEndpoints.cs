using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Directory.Features.Organisations;

/// <summary><c>/api/directory/organisations</c> and the service search.</summary>
internal static class OrganisationsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/organisations").WithTags("Organisations");
        group.MapGet("/", async (string? unitCode, string? type, OrganisationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(unitCode, type, ct)))
            .WithName("ListOrganisations")
            .WithSummary("Danh sách cơ quan, tổ chức / List organisations")
            .WithDescription("unitCode: those serving that unit; type: one organisation type.")
            .RequireAuthorization(Capabilities.DirectoryRead);
        group.MapGet("/{id:guid}", async (Guid id, OrganisationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetOrganisation")
            .WithSummary("Một cơ quan, tổ chức / One organisation")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (OrganisationRequest request, OrganisationsHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/directory/organisations/{created.Id}", created);
            })
            .WithName("CreateOrganisation")
            .WithSummary("Thêm cơ quan, tổ chức / Add an organisation")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .Validate<OrganisationRequest>()
            .Audited("organisation", "create");
        group.MapPut("/{id:guid}", async (Guid id, OrganisationRequest request, OrganisationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateAsync(id, request, ct)))
            .WithName("UpdateOrganisation")
            .WithSummary("Sửa cơ quan, tổ chức và dịch vụ / Change an organisation and its services")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .Validate<OrganisationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Audited("organisation", "update", "id");

        app.MapGet("/api/directory/services", async ([Microsoft.AspNetCore.Http.AsParameters] ServiceSearchQuery query, ServiceSearchHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SearchAsync(query, ct)))
            .WithTags("Organisations")
            .WithName("SearchServices")
            .WithSummary("Tìm dịch vụ theo loại và địa bàn / Find services by type and area")
            .WithDescription("unitCode: the services reachable from that unit, nearest first (the unit itself, then its parent …), as of asOf.")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<ServiceSearchQuery>();
    }
}
