using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>
/// How long the disk under PostgreSQL's WAL takes to make a small write durable, measured beside the
/// system: 8 kB written into a preallocated file with O_DSYNC, like a commit's WAL flush. Every
/// durable commit waits for such a flush, so a flush that stalls stalls every commit waiting behind
/// it; the probe tells a stall of the disk from one of the system.
/// </summary>
internal sealed class DiskFlushProbe : IAsyncDisposable
{
    private const int BlockSize = 8192;
    private const int FileSize = 64 << 20;
    private readonly string path;

    private DiskFlushProbe(string path) => this.path = path;

    /// <summary>A probe file next to the data directory of the server behind the connection string.</summary>
    public static async Task<DiskFlushProbe> BesideDataDirectoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand("SHOW data_directory", connection);
        var dataDirectory = (string)(await show.ExecuteScalarAsync())!;
        var path = Path.Combine(Path.GetDirectoryName(dataDirectory.TrimEnd('/'))!, "disk-flush-probe.bin");
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            await file.WriteAsync(new byte[FileSize]);
            file.Flush(flushToDisk: true);
        }

        return new DiskFlushProbe(path);
    }

    /// <summary>Flushes at the given rate for the given time; each flush's wall-clock time and length.</summary>
    public async Task<List<(DateTime At, double Milliseconds)>> RunAsync(int perSecond, TimeSpan duration)
    {
        var flushes = new List<(DateTime, double)>();
        var block = new byte[BlockSize];
        Random.Shared.NextBytes(block);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.None, FileOptions.WriteThrough);
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < duration; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }

            var at = DateTime.UtcNow;
            var start = Stopwatch.GetTimestamp();
            // A synchronous write, as PostgreSQL makes its WAL's.
            RandomAccess.Write(handle, block, (long)i * BlockSize % FileSize);
            flushes.Add((at, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }

        return flushes;
    }

    /// <summary>Percentiles of the flushes and the wall-clock seconds (UTC) of those slower than the threshold.</summary>
    public static string Summary(List<(DateTime At, double Milliseconds)> flushes, double thresholdMilliseconds)
    {
        var slow = flushes.Where(f => f.Milliseconds > thresholdMilliseconds)
            .Select(f => FormattableString.Invariant($"{f.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} ({f.Milliseconds:F0} ms)")).ToList();
        return Percentiles.Summary([.. flushes.Select(f => f.Milliseconds)]) +
            FormattableString.Invariant($"; {slow.Count} over {thresholdMilliseconds:F0} ms") +
            (slow.Count == 0 ? string.Empty : ", at (UTC) " + string.Join(", ", slow.Take(20)) + (slow.Count > 20 ? ", …" : string.Empty));
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
