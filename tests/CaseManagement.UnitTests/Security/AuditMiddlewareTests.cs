using CaseManagement.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseManagement.UnitTests.Security;

public sealed class AuditMiddlewareTests
{
    [Fact]
    public async Task A_caller_gone_while_its_answer_is_sent_leaves_the_call_recorded_and_no_error()
    {
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new AuditedAttribute("case", "read", null)), "GetCase"));
        var trail = new RecordingTrail();
        var middleware = new AuditMiddleware(
            outer => AuditMiddleware.Capture(outer, async inner =>
            {
                await inner.Response.WriteAsync("{\"number\":\"21484-2026-0001\"}");
                await aborted.CancelAsync(); // The connection closes before the held answer goes out.
            }),
            null!, NullLogger<AuditMiddleware>.Instance);

        await middleware.InvokeAsync(context, trail);

        Assert.Equal(("read", "success"), (trail.Recorded.Single().Action, trail.Recorded.Single().Outcome));
    }

    private sealed class RecordingTrail : IAuditTrail
    {
        public List<AuditRecord> Recorded { get; } = [];

        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            Recorded.Add(record);
            return Task.CompletedTask;
        }
    }
}
