using System.Text.Json;

namespace CaseManagement.BuildingBlocks.Outbox;

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
