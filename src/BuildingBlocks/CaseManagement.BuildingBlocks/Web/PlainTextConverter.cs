using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// Every string a request carries is text a person could have typed: control characters (NUL, BEL,
/// ESC…; only tab and line breaks are text) and the invisible marks that reorder text (bidi overrides
/// and isolates) are refused where the request is read, with the field's path, before anything is
/// stored or exported. Names and codes are further held to one line by their validators.
/// </summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || IsPlainText(text) ? text : throw new JsonException(ErrorText.Messages["Problem.ControlCharacters"]);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsForbidden(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
