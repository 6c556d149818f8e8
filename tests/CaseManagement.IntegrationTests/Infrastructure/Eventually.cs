namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Waits for an asynchronous outcome (a consumer's commit) with a deadline, checking
/// often; the test fails with a message when the deadline passes. Not a fixed sleep.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits until <paramref name="read"/> gives a value, and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, string what, TimeSpan? within = null)
        where T : class
    {
        T? value = null;
        await HoldsAsync(async () => (value = await read()) is not null, what, within);
        return value!;
    }
}
