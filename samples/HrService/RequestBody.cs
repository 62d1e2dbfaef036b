using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ReverseMentoring.Matching.IO;

namespace HrService;

/// <summary>
/// The body of <c>POST /pairings</c>, <c>{ "participants": [ ... ], "options": { ... } }</c>, parsed once; each part is
/// read by the library's own reader, and the places those report (counted from the part's first character) are moved
/// into the body with <see cref="InBody"/>.
/// </summary>
/// <remarks>
/// As in the library's files, comments and trailing commas are allowed and property names are case-sensitive; an
/// unknown or repeated top-level property is an error.
/// </remarks>
internal sealed class RequestBody : IDisposable
{
    /// <summary>The label of the body in problems: <c>body:line:column: problem</c>.</summary>
    public const string Source = "body";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private JsonDocument? _document;

    private RequestBody(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = Array.IndexOf(utf8, (byte)'\n'); i >= 0; i = Array.IndexOf(utf8, (byte)'\n', i + 1))
        {
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The <c>participants</c> array (required).</summary>
    public JsonElement Participants { get; private set; }

    /// <summary>The <c>options</c> object, or null when absent or null: the service's defaults.</summary>
    public JsonElement? Options { get; private set; }

    /// <summary>Parses and splits the body.</summary>
    /// <param name="utf8">The body; a byte-order mark is ignored.</param>
    /// <exception cref="JsonFormatException">The body is not UTF-8, not JSON, not an object, or its top level is not as documented.</exception>
    public static RequestBody Parse(byte[] utf8)
    {
        var body = new RequestBody(utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
        body.Split();
        return body;
    }

    /// <summary>A problem a library reader reported within <paramref name="part"/>, placed in the body and prefixed with the part's name.</summary>
    public FileProblem InBody(JsonElement part, string name, FileProblem problem)
    {
        var (line, column) = Locate(Offset(JsonMarshal.GetRawUtf8Value(part)));
        return problem.Line <= 0
            ? new FileProblem(Source, line, column, $"{name}: {problem.Problem}")
            : new FileProblem(Source, line + problem.Line - 1, problem.Line == 1 ? column + problem.Column - 1 : problem.Column, $"{name}: {problem.Problem}");
    }

    /// <summary>A problem at a property's name, for example a setting the service refuses.</summary>
    public FileProblem AtName(JsonProperty property, string problem)
    {
        var (line, column) = Locate(Offset(JsonMarshal.GetRawUtf8PropertyName(property)) - 1);
        return new FileProblem(Source, line, column, problem);
    }

    public void Dispose() => _document?.Dispose();

    private void Split()
    {
        if (_utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new JsonFormatException(Source, 1, 1, "The request body is empty; expected a JSON object with a 'participants' array.");
        }

        // Invalid UTF-8 is the client's error; System.Text.Json would only fail when the bad bytes are turned into text.
        if (Utf8.ToUtf16(_utf8, new char[_utf8.Length], out var valid, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            throw Error(valid, $"The request body is not valid UTF-8: byte 0x{_utf8[valid]:X2}; send JSON as UTF-8.");
        }

        try
        {
            _document = JsonDocument.Parse(_utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            // The parser's own position: 0-based line and byte within it; report 1-based line and character.
            var line = (int)Math.Min(e.LineNumber ?? 0, _lineStarts.Count - 1);
            var start = _lineStarts[line];
            var bytes = (int)Math.Min(e.BytePositionInLine ?? 0, _utf8.Length - start);
            var problem = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '|', '.');
            throw new JsonFormatException(
                Source, line + 1, Encoding.UTF8.GetCharCount(_utf8, start, bytes) + 1, $"The request body is not valid JSON: {problem}.", e);
        }

        var root = _document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(root, "The request body must be a JSON object: { \"participants\": [ ... ], \"options\": { ... } }.");
        }

        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "participants" when value.ValueKind != JsonValueKind.Array:
                    throw Error(value, "'participants' must be an array of participant objects, the format of a participants .json file: [ { \"id\": \"ana\", \"role\": \"mentor\", \"seniority\": 1 }, ... ].");
                case "participants":
                    Participants = value;
                    break;
                case "options" when value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null):
                    throw Error(value, "'options' must be an object, the format of a run config (rmatch --config), for example { \"objective\": \"maxMin\" }.");
                case "options":
                    Options = value.ValueKind == JsonValueKind.Null ? null : value;
                    break;
                default:
                    var at = AtName(property, $"Unknown property '{property.Name}' at the top level; the known properties are participants, options.");
                    throw new JsonFormatException(Source, at.Line, at.Column, at.Problem);
            }
        }

        if (Participants.ValueKind == JsonValueKind.Undefined)
        {
            throw new JsonFormatException(Source, 1, 1, "The request body has no 'participants'; expected a JSON array of participant objects.");
        }
    }

    private JsonFormatException Error(JsonElement at, string problem) => Error(Offset(JsonMarshal.GetRawUtf8Value(at)), problem);

    private JsonFormatException Error(int offset, string problem)
    {
        var (line, column) = Locate(offset);
        return new JsonFormatException(Source, line, column, problem);
    }

    /// <summary>Where a span of the parsed document starts in the body: the document keeps the body's bytes, not a copy.</summary>
    private int Offset(ReadOnlySpan<byte> part) =>
        _utf8.AsSpan().Overlaps(part, out var offset) ? offset : 0;

    private (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_utf8, start, offset - start) + 1);
    }
}
