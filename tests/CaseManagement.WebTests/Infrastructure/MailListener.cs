using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>A real SMTP server on a loopback port (the SmtpServer package) that keeps what the Host sends, for a test to
/// wait for and read.</summary>
public sealed class MailListener : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly Store store = new();

    public MailListener()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The first message received that matches, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            if (store.Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await store.Arrived.WaitAsync(expiry.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Received { get; } = new();

        public SemaphoreSlim Arrived { get; } = new(0);

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
