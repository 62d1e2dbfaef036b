using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>
/// Reads an enum only by name (any case) and writes its name. System.Text.Json's string-enum converter also takes
/// numbers, so <c>"objective": 3</c> would load as an undefined value.
/// </summary>
internal sealed class NamedEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } text && !char.IsAsciiDigit(text[0])
            && text[0] != '-' && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        throw new JsonException(ConfigText.Format("ExpectedOneOf", string.Join(", ", Enum.GetNames<T>())));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
