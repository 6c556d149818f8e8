using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Host.Admin;

/// <summary>The consumers' error queues on RabbitMQ: what waits there, and sending it back to its queue once
/// its cause is fixed (consumers are idempotent: a message applied before is not applied twice).</summary>
internal static class ErrorQueueEndpoints
{
    public sealed record Returned(string Queue, int Messages);

    public static void Map(IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/admin/error-queues").WithTags("Administration").RequireAuthorization(Capabilities.SystemAdmin);
        queues.MapGet("/", async (ErrorQueues errorQueues, CancellationToken ct) => TypedResults.Ok(await errorQueues.WaitingAsync(ct)))
            .WithName("GetErrorQueues")
            .WithSummary("Hàng đợi lỗi của bộ nhận sự kiện / Messages in the consumers' error queues");
        queues.MapPost("/{queue}/return", ReturnAsync)
            .WithName("ReturnErrorQueue")
            .WithSummary("Gửi lại các sự kiện trong hàng đợi lỗi / Send an error queue's messages back to their queue")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Audited("error-queue", "return", "queue");
    }

    private static async Task<Ok<Returned>> ReturnAsync(string queue, ErrorQueues errorQueues, CancellationToken ct) =>
        await errorQueues.ReturnAsync(queue, ct) is { } moved
            ? TypedResults.Ok(new Returned(queue, moved))
            : throw new NotFoundException("error_queue.not_found", ErrorText.Messages.Get("ErrorQueue.NotFound", queue));
}
