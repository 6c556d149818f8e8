namespace CaseManagement.Reporting.Projection;

/// <summary>Wakes the projector when this process logged new events (other instances' rows are seen at the next poll).</summary>
public sealed class ProjectionSignal
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one wake-up covers every event logged before it.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => raised.WaitAsync(timeout, ct);
}
