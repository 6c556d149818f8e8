namespace CaseManagement.BuildingBlocks;

/// <summary>The correlation id of the work in progress (an HTTP request or a consumed message),
/// carried into logs and into the outbox so that one report can be followed across modules.</summary>
public static class CorrelationContext
{
    public const string HeaderName = "X-Correlation-Id";

    private static readonly AsyncLocal<string?> CurrentId = new();

    public static string? Current
    {
        get => CurrentId.Value;
        set => CurrentId.Value = value;
    }
}
