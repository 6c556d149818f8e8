using System.Collections.Concurrent;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>Turns the stored type name of an outbox row back into its CLR type (cached).</summary>
internal static class EventTypeResolver
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new(StringComparer.Ordinal);

    public static Type? Resolve(string typeName) =>
        Cache.GetOrAdd(typeName, static name => Type.GetType(name, throwOnError: false));
}
