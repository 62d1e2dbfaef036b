using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// A JSON file held as UTF-8 with what System.Text.Json does not give: the line and character of every property and
/// array element (by JSON path), unknown properties with their place, and messages a user can act on.
/// </summary>
/// <remarks>
/// Comments and trailing commas are allowed: people edit these files by hand. Property names are case-sensitive
/// (camelCase), as in the JSON Schema we publish.
/// </remarks>
internal sealed class JsonInput
{
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // The characters for which System.Text.Json writes a path segment as ['name'] rather than .name.
    private static readonly SearchValues<char> SpecialChars =
        SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    // Characters are counted from the nearest checkpoint rather than from the start of the line.
    private const int CheckpointBytes = 256;

    private readonly List<int> _lineStarts = [0];
    private int? _maxItems;
    private readonly Dictionary<string, (long Offset, JsonTypeInfo? Type)> _places = new(StringComparer.Ordinal);
    private (int Byte, int Chars)[]? _checkpoints;

    private JsonInput(string source, byte[] utf8)
    {
        Source = source;
        Utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Source { get; }

    public byte[] Utf8 { get; }

    /// <summary>How many bytes were decoded to turn byte offsets into columns (for tests: this must stay linear).</summary>
    internal long PositionBytesScanned { get; private set; }

    /// <summary>Reads the text, checks its syntax and its property names against <paramref name="root"/>.</summary>
    /// <param name="reader">The JSON text; a byte-order mark is ignored.</param>
    /// <param name="source">The file name or label for messages.</param>
    /// <param name="root">The expected shape; properties it does not know are reported to <paramref name="sink"/>.</param>
    /// <param name="sink">Where unknown properties go.</param>
    /// <param name="limits">When given, the most elements of a top-level array and the longest string; over either is thrown.</param>
    /// <exception cref="JsonFormatException">The text is not JSON (always thrown: nothing after it can be trusted).</exception>
    public static JsonInput Read(TextReader reader, string source, JsonTypeInfo root, ProblemSink sink, ParticipantReadLimits? limits = null)
    {
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        return Read(Encoding.UTF8.GetBytes(text), source, root, sink, limits);
    }

    /// <summary>As <see cref="Read(TextReader, string, JsonTypeInfo, ProblemSink, ParticipantReadLimits?)"/>, from UTF-8 bytes, which are checked to be valid UTF-8.</summary>
    /// <param name="utf8">The JSON text; a byte-order mark is ignored. Not copied: the caller must not change it.</param>
    /// <param name="source">The file name or label for messages.</param>
    /// <param name="root">The expected shape; properties it does not know are reported to <paramref name="sink"/>.</param>
    /// <param name="sink">Where unknown properties go.</param>
    /// <param name="limits">When given, the most elements of a top-level array and the longest string; over either is thrown.</param>
    /// <exception cref="JsonFormatException">The text is not UTF-8 or not JSON, or is over a limit.</exception>
    public static JsonInput Read(byte[] utf8, string source, JsonTypeInfo root, ProblemSink sink, ParticipantReadLimits? limits = null)
    {
        var input = new JsonInput(source, utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
        input.ThrowIfNotUtf8();
        input.Walk(root, sink, limits);
        return input;
    }

    /// <summary>Reads a stream to its end as the bytes of <see cref="Read(byte[], string, JsonTypeInfo, ProblemSink, ParticipantReadLimits?)"/>; the stream is left open.</summary>
    public static byte[] ReadAllBytes(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length - stream.Position, Array.MaxLength)) : new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>A path segment as System.Text.Json writes it in <see cref="JsonException.Path"/>.</summary>
    public static string Segment(string name) =>
        name.AsSpan().IndexOfAny(SpecialChars) >= 0 ? $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']" : "." + name;

    /// <summary>A problem at <paramref name="path"/>, or at its nearest ancestor that was seen.</summary>
    public JsonFormatException Error(string path, string problem, Exception? inner = null)
    {
        var (line, column) = Position(path);
        return new JsonFormatException(Source, line, column, problem, inner);
    }

    /// <summary>The 1-based line and character of <paramref name="path"/>, or of its nearest ancestor that was seen.</summary>
    public (int Line, int Column) Position(string path) => Locate(Place(path).Offset);

    /// <summary>Turns a deserialization error into a message that names the property and the type expected there.</summary>
    /// <param name="e">The error.</param>
    /// <param name="prefix">The path of the value that was deserialized, when it is not the root (e.g. <c>$[3]</c>).</param>
    public JsonFormatException Error(JsonException e, string prefix = "$")
    {
        var path = prefix + (e.Path ?? "$")[1..];
        var expected = Place(path).Type is { } type ? Describe(type) : InputText.Format("JsonOtherType");
        var shown = path == "$" ? InputText.Format("JsonTheFile") : $"'{Show(path)}'";
        return Error(path, InputText.Format("JsonMustBe", shown, expected), e);
    }

    /// <summary>A JSON path as a user reads it: <c>rules.timeZoneWindowHours</c>, <c>[3].seniority</c>.</summary>
    public static string Show(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private (long Offset, JsonTypeInfo? Type) Place(string path)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (_places.TryGetValue(p, out var place) || p == "$")
            {
                return place;
            }
        }
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            cut = path.LastIndexOf("['", StringComparison.Ordinal);
        }

        return cut <= 1 ? "$" : path[..cut];
    }

    /// <summary>The 1-based line and character of a byte offset.</summary>
    /// <remarks>
    /// O(log n) and at most <see cref="CheckpointBytes"/> bytes decoded per call, in any order of offsets: a file with
    /// hundreds of thousands of problems on one line must not decode that line again for each.
    /// </remarks>
    internal (int Line, int Column) Locate(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, Utf8.Length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Column(_lineStarts[line], at));
    }

    /// <summary>The 1-based character at byte <paramref name="offset"/> of the line that starts at byte <paramref name="lineStart"/>.</summary>
    private int Column(int lineStart, int offset) => CharsBefore(offset) - CharsBefore(lineStart) + 1;

    /// <summary>The UTF-16 characters in <see cref="Utf8"/> before byte <paramref name="offset"/> (a character boundary).</summary>
    private int CharsBefore(int offset)
    {
        _checkpoints ??= Checkpoints();
        var (start, chars) = _checkpoints[offset / CheckpointBytes];
        PositionBytesScanned += offset - start;
        return chars + Encoding.UTF8.GetCharCount(Utf8, start, offset - start);
    }

    /// <summary>
    /// For every <see cref="CheckpointBytes"/> bytes, the character boundary at or before it and the characters before
    /// that boundary; built once, on the first position asked for.
    /// </summary>
    private (int Byte, int Chars)[] Checkpoints()
    {
        var checkpoints = new (int Byte, int Chars)[(Utf8.Length / CheckpointBytes) + 1];
        for (var k = 1; k < checkpoints.Length; k++)
        {
            var at = k * CheckpointBytes; // the end of the text when its length is a multiple of CheckpointBytes
            while (at > 0 && at < Utf8.Length && (Utf8[at] & 0xC0) == 0x80)
            {
                at--;
            }

            var (previous, chars) = checkpoints[k - 1];
            PositionBytesScanned += at - previous;
            checkpoints[k] = (at, chars + Encoding.UTF8.GetCharCount(Utf8, previous, at - previous));
        }

        return checkpoints;
    }

    private static string Describe(JsonTypeInfo type)
    {
        var t = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type.Kind switch
        {
            JsonTypeInfoKind.Object => InputText.Format("JsonObject"),
            JsonTypeInfoKind.Dictionary => InputText.Format("JsonDictionary", Describe(type.Options.GetTypeInfo(type.ElementType!))),
            JsonTypeInfoKind.Enumerable => InputText.Format("JsonArray", Describe(type.Options.GetTypeInfo(type.ElementType!))),
            _ when t == typeof(string) => InputText.Format("JsonString"),
            _ when t == typeof(bool) => InputText.Format("JsonBoolean"),
            _ when t == typeof(int) => InputText.Format("JsonWholeNumber"),
            _ when t == typeof(double) => InputText.Format("JsonNumber"),
            _ when t.IsEnum => InputText.Format("JsonOneOf", $"\"{string.Join("\", \"", Enum.GetNames(t))}\""),
            _ => InputText.Format("JsonOtherType"),
        };
    }

    /// <summary>
    /// Invalid UTF-8 is the client's error, named at its place: System.Text.Json would fail later, and only when a
    /// property name or string with the bad bytes is turned into text.
    /// </summary>
    private void ThrowIfNotUtf8()
    {
        if (System.Text.Unicode.Utf8.IsValid(Utf8))
        {
            return;
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(Utf8, new char[Utf8.Length], out var valid, out _, replaceInvalidSequences: false);
        var (line, column) = Locate(valid);
        throw new JsonFormatException(
            Source,
            line,
            column,
            InputText.Format("JsonNotUtf8", status, Utf8[valid].ToString("X2", CultureInfo.InvariantCulture)));
    }

    private void Walk(JsonTypeInfo root, ProblemSink sink, ParticipantReadLimits? limits)
    {
        _maxItems = limits?.MaxParticipants;
        var reader = new Utf8JsonReader(Utf8, ReaderOptions);
        var stack = new Stack<(JsonTypeInfo? Type, string Path, bool IsArray, int NextIndex)>();
        (JsonTypeInfo? Type, string Path) next = (root, "$");
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        ThrowIfTooLong(ref reader, limits);
                        var (owner, ownerPath, _, _) = stack.Peek();
                        var name = reader.GetString()!;
                        var path = ownerPath + Segment(name);
                        JsonTypeInfo? type = null;
                        if (owner?.Kind == JsonTypeInfoKind.Object)
                        {
                            var property = owner.Properties.FirstOrDefault(p => p.Name == name);
                            if (property is null)
                            {
                                _places[path] = (reader.TokenStartIndex, null);
                                var where = ownerPath == "$" ? InputText.Format("JsonAtTopLevel") : InputText.Format("JsonInProperty", Show(ownerPath));
                                sink.Report(Error(path, InputText.Format("JsonUnknownProperty", name, where, string.Join(", ", owner.Properties.Select(p => p.Name)))));
                            }
                            else
                            {
                                type = owner.Options.GetTypeInfo(property.PropertyType);
                            }
                        }
                        else if (owner?.Kind == JsonTypeInfoKind.Dictionary)
                        {
                            type = owner.Options.GetTypeInfo(owner.ElementType!);
                        }

                        _places[path] = (reader.TokenStartIndex, type);
                        next = (type, path);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var slot = TakeSlot(stack, next, reader.TokenStartIndex);
                        stack.Push((slot.Type, slot.Path, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        ThrowIfTooLong(ref reader, limits);
                        TakeSlot(stack, next, reader.TokenStartIndex);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            // The reader's own position: 0-based line and byte within it; report 1-based line and character.
            var line = (int)Math.Min(e.LineNumber ?? 0, _lineStarts.Count - 1);
            var start = _lineStarts[line];
            var bytes = (int)Math.Min(e.BytePositionInLine ?? 0, Utf8.Length - start);
            var problem = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '|', '.');
            throw new JsonFormatException(Source, line + 1, Column(start, start + bytes), InputText.Format("JsonNotValid", problem), e);
        }

        if (Utf8.Length == 0 || stack.Count > 0 || _places.Count == 0 && reader.BytesConsumed == 0)
        {
            throw new JsonFormatException(Source, 1, 1, InputText.Format("JsonEmpty"));
        }
    }

    /// <summary>Refuses a string or property name longer than the limit: the reader would keep it.</summary>
    private void ThrowIfTooLong(ref Utf8JsonReader reader, ParticipantReadLimits? limits)
    {
        // Escapes make the raw bytes longer than the text, and UTF-8 takes 1-3 bytes a character: count only when it may be over.
        if (limits is null || reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)
            || reader.ValueSpan.Length <= limits.MaxFieldLength || reader.HasValueSequence)
        {
            return;
        }

        var length = reader.GetString()!.Length;
        if (length > limits.MaxFieldLength)
        {
            var (line, column) = Locate(reader.TokenStartIndex);
            throw new JsonFormatException(
                Source,
                line,
                column,
                InputText.Format(
                    reader.TokenType == JsonTokenType.String ? "JsonStringTooLong" : "JsonPropertyNameTooLong",
                    length.ToString("N0", CultureInfo.InvariantCulture),
                    ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxFieldLength), limits.MaxFieldLength)));
        }
    }

    /// <summary>Where a value goes: the next element of an enclosing array, or the property just named.</summary>
    private (JsonTypeInfo? Type, string Path) TakeSlot(
        Stack<(JsonTypeInfo? Type, string Path, bool IsArray, int NextIndex)> stack, (JsonTypeInfo? Type, string Path) next, long offset)
    {
        if (stack.Count == 0)
        {
            _places["$"] = (offset, next.Type);
            return next;
        }

        var (owner, ownerPath, isArray, index) = stack.Peek();
        if (!isArray)
        {
            return next;
        }

        if (stack.Count == 1 && _maxItems is { } max && index >= max)
        {
            var (line, column) = Locate(offset);
            throw new JsonFormatException(
                Source,
                line,
                column,
                InputText.Format("TooManyParticipants", ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxParticipants), max)));
        }

        stack.Pop();
        stack.Push((owner, ownerPath, isArray, index + 1));
        var path = $"{ownerPath}[{index}]";
        var type = owner?.Kind == JsonTypeInfoKind.Enumerable ? owner.Options.GetTypeInfo(owner.ElementType!) : null;
        _places[path] = (offset, type);
        return (type, path);
    }
}
