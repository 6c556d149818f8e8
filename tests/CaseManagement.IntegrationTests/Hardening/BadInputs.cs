using System.Text.Json.Nodes;

namespace CaseManagement.IntegrationTests.Hardening;

/// <summary>
/// Malformed requests made from valid ones: each valid body is copied once per bad value of each of
/// its fields, chosen by what the field is (a date, a past fact, a code, a name, any text, a number),
/// plus bodies that are not JSON of the right shape at all. Every one of them must be refused.
/// </summary>
public static class BadInputs
{
    /// <summary>Fields holding a day or an instant.</summary>
    private static readonly HashSet<string> Dates =
    [
        "receivedAt", "occurredOn", "dateOfBirth", "heldOn", "decidedAt", "takenAt", "startedAt", "endedAt", "extendedTo", "visitedOn",
        "reviewedOn", "startOn", "expectedEndOn", "deliveredOn", "completedOn", "transferredToInvestigationAt", "forensicOrderedAt",
        "forensicConcludedAt", "outcomeOn", "activeFrom", "activeTo", "dueAt",
    ];

    /// <summary>Fields holding a fact that has happened, which cannot lie in the future.</summary>
    private static readonly HashSet<string> PastFacts =
    [
        "receivedAt", "occurredOn", "dateOfBirth", "heldOn", "decidedAt", "takenAt", "startedAt", "endedAt", "visitedOn", "reviewedOn",
        "deliveredOn", "completedOn", "transferredToInvestigationAt", "forensicOrderedAt", "forensicConcludedAt", "outcomeOn",
    ];

    /// <summary>Fields holding a documented code, matched exactly.</summary>
    private static readonly HashSet<string> Codes =
    [
        "channel", "sex", "kind", "abuseType", "abuseSubType", "injuryCause", "injurySeverity", "harm", "risk", "placement", "situation",
        "serviceType", "recommendation", "harmStillSerious", "abuserCanReachChild", "careObstacles", "childCapacity", "type", "specialCircumstances",
        "needsAgreed", "function", "outcome", "reason",
    ];

    private static readonly HashSet<string> Names = ["fullName", "name", "title"];

    public static IEnumerable<(string What, string Body)> From(string validJson)
    {
        var root = JsonNode.Parse(validJson)!;
        foreach (var (path, key) in Leaves(root, "$", null))
        {
            var value = (JsonValue)At(root, path)!;
            object leaf = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.GetValueKind();
            foreach (var (what, bad) in BadValues(key, leaf))
            {
                var copy = JsonNode.Parse(validJson)!;
                Replace(copy, path, bad);
                yield return ($"{path} = {what}", copy.ToJsonString());
            }
        }

        yield return ("not JSON", "{\"receivedAt\": ");
        yield return ("an array for the body", "[]");
        yield return ("a string for the body", "\"report\"");
    }

    private static IEnumerable<(string What, JsonNode? Value)> BadValues(string? key, object leaf)
    {
        if (leaf is string text)
        {
            yield return ("NUL", text + "\u0000");
            yield return ("BEL", "\u0007" + text);
            yield return ("ESC", text + "\u001b[31m");
            yield return ("right-to-left override", "\u202e" + text);
            if (key is not null && Dates.Contains(key))
            {
                yield return ("year 1", "0001-01-01");
                yield return ("year 1 with an offset", "0001-01-01T00:00:00+07:00");
                yield return ("year 9999", "9999-12-31T23:59:59Z");
                yield return ("before 1900", "1899-12-31");
                yield return ("no such day", "2026-02-30");
            }

            if (key is not null && PastFacts.Contains(key))
            {
                yield return ("next year", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (key is not null && Codes.Contains(key) && System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Z][A-Za-z0-9]+$"))
            {
                yield return ("lower case", text.ToLowerInvariant());
                yield return ("unknown code", "NoSuchCode");
            }

            if (key is not null && Names.Contains(key))
            {
                yield return ("only combining marks", "\u0301\u0302\u0303");
                yield return ("two lines", text + "\n" + text);
                yield return ("only spaces", "   ");
            }
        }
        else
        {
            yield return ("text for a number or flag", "many");
            yield return ("an object", new JsonObject());
        }
    }

    private static IEnumerable<(string Path, string? Key)> Leaves(JsonNode? node, string path, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var leaf in Leaves(child, $"{path}.{name}", name))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in Leaves(array[i], $"{path}[{i}]", key))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValue:
                yield return (path, key);
                break;
        }
    }

    private static JsonNode? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var (name, index) in Steps(path))
        {
            node = index is { } i ? node![i] : node![name!];
        }

        return node;
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var steps = Steps(path).ToList();
        var parent = At(root, string.Concat(steps.SkipLast(1).Select(s => s.Index is { } i ? $"[{i}]" : $".{s.Name}")).Insert(0, "$"));
        var (name, index) = steps[^1];
        if (index is { } at)
        {
            parent![at] = value;
        }
        else
        {
            parent![name!] = value;
        }
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string path)
    {
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9_]+)|\[(\d+)\]"))
        {
            yield return step.Groups[1].Success ? (step.Groups[1].Value, null) : (null, int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
