using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Host.Admin;

/// <summary>What operators need when events stop flowing: each module's backlog, parked rows and parked
/// consumed messages, and a way to send each again once its cause is fixed.</summary>
internal static class OutboxAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/admin/outbox").WithTags("Administration").RequireAuthorization(Capabilities.SystemAdmin);
        outbox.MapGet("/", ListAsync)
            .WithName("GetOutboxStatus")
            .WithSummary("Tình trạng hàng đợi sự kiện / Outbox status per module");
        outbox.MapPost("/{module}/{rowId:long}/release", ReleaseAsync)
            .WithName("ReleaseParkedOutboxRow")
            .WithSummary("Gửi lại sự kiện bị tạm giữ / Release a parked outbox row")
            .ProducesProblem(StatusCodes.Status404NotFound);
        outbox.MapPost("/{module}/messages/{parkedId:long}/retry", RetryMessageAsync)
            .WithName("RetryParkedMessage")
            .WithSummary("Xử lý lại sự kiện bị tạm giữ khi nhận / Send a parked consumed message back to its queue")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<List<OutboxStatus>>> ListAsync(IEnumerable<IOutboxMonitor> monitors, CancellationToken ct)
    {
        var statuses = new List<OutboxStatus>();
        foreach (var monitor in monitors)
        {
            statuses.Add(await monitor.GetStatusAsync(ct));
        }

        return TypedResults.Ok(statuses);
    }

    private static async Task<NoContent> ReleaseAsync(string module, long rowId, IEnumerable<IOutboxMonitor> monitors, CancellationToken ct)
    {
        var monitor = monitors.SingleOrDefault(m => m.Module == module);
        if (monitor is null || !await monitor.ReleaseAsync(rowId, ct))
        {
            throw new NotFoundException("outbox.row_not_found", ErrorText.Messages.Get("Outbox.RowNotFound", module, rowId));
        }

        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RetryMessageAsync(string module, long parkedId, IEnumerable<IOutboxMonitor> monitors, CancellationToken ct)
    {
        var monitor = monitors.SingleOrDefault(m => m.Module == module);
        if (monitor is null || !await monitor.RetryMessageAsync(parkedId, ct))
        {
            throw new NotFoundException("outbox.message_not_found", ErrorText.Messages.Get("Outbox.RowNotFound", module, parkedId));
        }

        return TypedResults.NoContent();
    }
}
