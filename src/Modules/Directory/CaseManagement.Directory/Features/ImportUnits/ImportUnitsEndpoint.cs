using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.Shared;
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
            .WithDescription("Columns: code,name,level,parent_code,valid_from,valid_to and optional successor_codes (separated by ';'), remote. " +
                "Upsert of versions by code and valid_from. dryRun=true reports what would change and every bad line without saving; " +
                "otherwise a file with any bad line is rejected whole (400, field errors per line and column).")
            .Accepts<IFormFile>("text/csv", "multipart/form-data")
            .ProducesValidationProblem()
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .ForProvince()
            .Audited("units", "import")
            .DisableAntiforgery(); // bearer tokens, not cookies: no cross-site request to forge

    private static async Task<Ok<UnitImportReport>> HandleAsync(
        HttpRequest request, ImportUnitsHandler handler, CancellationToken ct, bool dryRun = false)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw MissingFile();
            await using var upload = file.OpenReadStream();
            return TypedResults.Ok(await handler.HandleAsync(upload, dryRun, ct));
        }

        if (request.ContentLength == 0)
        {
            throw MissingFile();
        }

        return TypedResults.Ok(await handler.HandleAsync(request.Body, dryRun, ct));
    }

    private static RequestValidationException MissingFile() =>
        new(new Dictionary<string, string[]> { ["file"] = [DirectoryText.Messages["csv.file_missing"]] });
}
