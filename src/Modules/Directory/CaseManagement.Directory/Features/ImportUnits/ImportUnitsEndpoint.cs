using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Directory.Features.ImportUnits;

internal static class ImportUnitsEndpoint
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapPost("/import", HandleAsync)
            .WithName("ImportAdministrativeUnits")
            .WithSummary("Nhập danh mục đơn vị hành chính từ CSV / Import administrative units from CSV")
            .WithDescription("Columns: code,name,level,parent_code,valid_from,valid_to. Upsert by code; a file with any bad line is rejected whole.")
            .Accepts<IFormFile>("text/csv", "multipart/form-data")
            .ProducesValidationProblem()
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .Audited("units", "import")
            .DisableAntiforgery(); // bearer tokens, not cookies: no cross-site request to forge

    private static async Task<Ok<ImportUnitsResult>> HandleAsync(HttpRequest request, ImportUnitsHandler handler, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw MissingFile();
            await using var upload = file.OpenReadStream();
            return TypedResults.Ok(await handler.HandleAsync(upload, ct));
        }

        if (request.ContentLength == 0)
        {
            throw MissingFile();
        }

        return TypedResults.Ok(await handler.HandleAsync(request.Body, ct));
    }

    private static RequestValidationException MissingFile() =>
        new(new Dictionary<string, string[]> { ["file"] = [DirectoryText.Messages["csv.file_missing"]] });
}
