using System.Net;
using System.Net.Http.Headers;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Features.Attachments;
using CaseManagement.Cases.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Cases;

/// <summary>Evidence documents and photos: type by content, size limit, sealed at rest, opened only
/// by the roles that work with identities, every download audited.</summary>
public abstract class CaseAttachmentTests(CaseManagementHost host) : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    private HttpClient worker = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        worker = await host.ClientForAsync(Roles.SocialWorker, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_photo_is_sealed_listed_and_downloaded_by_the_social_worker_only()
    {
        var received = await ReceiveAsync(worker, Report());
        using var uploaded = await UploadAsync(received.CaseId, Png, "Nguyen Van An - vet bam.png", "Ảnh chụp vết bầm ngày 20/11");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var added = await uploaded.ReadAsync<AttachmentView>();
        Assert.Equal(("image/png", 16L, "Nguyen Van An - vet bam.png"), (added.ContentType, added.Size, added.FileName));

        using var download = await worker.GetAsync($"/api/cases/{received.CaseId}/attachments/{added.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);

        var manager = await host.ClientForAsync(Roles.Manager, "535");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/cases/{received.CaseId}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/cases/{received.CaseId}/attachments/{added.Id}")).StatusCode);

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Attachments.AsNoTracking().SingleAsync());
        Assert.DoesNotContain("Nguyen", stored.FileNameSealed, StringComparison.Ordinal);
        Assert.False(stored.ContentSealed.AsSpan().IndexOf(Png.AsSpan(8)) >= 0, "the content is not stored in the clear");
        var trail = await host.InScopeAsync(sp => sp.GetRequiredService<CaseManagement.Identity.Persistence.IdentityDbContext>().AuditEntries
            .AsNoTracking().Where(e => e.Action == "attachment-download").Select(e => e.Outcome).ToListAsync());
        Assert.Equal(["denied", "success"], trail.Order());
    }

    [Fact]
    public async Task A_program_or_a_file_too_large_is_refused_with_a_field_error()
    {
        var received = await ReceiveAsync(worker, Report());
        using var program = await UploadAsync(received.CaseId, "MZ\u0090\0"u8.ToArray(), "anh.png", null);
        Assert.Equal(HttpStatusCode.BadRequest, program.StatusCode);
        Assert.Equal("Chỉ nhận tệp PDF, ảnh JPEG hoặc PNG, tài liệu Word (.docx) hoặc Excel (.xlsx).", (await program.ReadJsonAsync()).Errors()["file"].Single());

        var large = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(large);
        using var tooLarge = await UploadAsync(received.CaseId, large, "bien-ban.pdf", null);
        Assert.Equal("Tệp quá lớn: tối đa 10 MB.", (await tooLarge.ReadJsonAsync()).Errors()["file"].Single());
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Attachments.CountAsync()));
    }

    private Task<HttpResponseMessage> UploadAsync(Guid caseId, byte[] content, string fileName, string? description)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return worker.PostAsync($"/api/cases/{caseId}/attachments", form);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseAttachmentsOnSqlite(SqliteHost host) : CaseAttachmentTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseAttachmentsOnPostgres(PostgresRabbitHost host) : CaseAttachmentTests(host);
