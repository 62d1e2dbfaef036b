using System.Text;
using System.Text.Json;
using ReverseMentoring.Matching.IO;

namespace HrService;

/// <summary>
/// The body of <c>POST /pairings</c>, split into its two parts without reading them:
/// <c>{ "participants": [ ... ], "options": { ... } }</c>. Each part is handed, as text, to the library's own reader
/// (<see cref="ParticipantJson"/>, <c>MatchingConfig.Load</c>), so the service takes exactly the JSON the CLI takes
/// in files; <see cref="Part.InBody"/> moves the positions those readers report into the request body.
/// </summary>
/// <remarks>
/// As in the library's files, comments and trailing commas are allowed and property names are case-sensitive; an
/// unknown or repeated top-level property is an error.
/// </remarks>
internal sealed class RequestBody
{
    /// <summary>The label of the body in problems: <c>body:line:column: problem</c>.</summary>
    public const string Source = "body";

    /// <summary>As the library reads its files: comments and trailing commas allowed.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private RequestBody(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The <c>participants</c> array (required).</summary>
    public Part Participants { get; private set; } = null!;

    /// <summary>The <c>options</c> object, or null when absent or null: the service's defaults.</summary>
    public Part? Options { get; private set; }

    /// <summary>Splits the body.</summary>
    /// <param name="utf8">The body as UTF-8; a byte-order mark is ignored.</param>
    /// <exception cref="JsonFormatException">The body is not JSON, not an object, or its top level is not as documented.</exception>
    public static RequestBody Parse(byte[] utf8)
    {
        var body = new RequestBody(utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
        body.Split();
        return body;
    }

    private void Split()
    {
        var reader = new Utf8JsonReader(_utf8, ReaderOptions);
        try
        {
            if (_utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            {
                throw new JsonFormatException(Source, 1, 1, "The request body is empty; expected a JSON object with a 'participants' array.");
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(reader.TokenStartIndex, "The request body must be a JSON object: { \"participants\": [ ... ], \"options\": { ... } }.");
            }

            Part? participants = null;
            var seenOptions = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameAt = reader.TokenStartIndex;
                var name = reader.GetString()!;
                reader.Read();
                var start = reader.TokenStartIndex;
                var kind = reader.TokenType;
                reader.Skip();
                var part = Slice(name, start, reader.BytesConsumed);
                switch (name)
                {
                    case "participants" when participants is not null:
                    case "options" when seenOptions:
                        throw Error(nameAt, $"'{name}' is given twice.");
                    case "participants" when kind != JsonTokenType.StartArray:
                        throw Error(start, "'participants' must be an array of participant objects, the format of a participants .json file: [ { \"id\": \"ana\", \"role\": \"mentor\", \"seniority\": 1 }, ... ].");
                    case "participants":
                        participants = part;
                        break;
                    case "options" when kind is not (JsonTokenType.StartObject or JsonTokenType.Null):
                        throw Error(start, "'options' must be an object, the format of a run config (rmatch --config), for example { \"objective\": \"maxMin\" }.");
                    case "options":
                        seenOptions = true;
                        Options = kind == JsonTokenType.Null ? null : part;
                        break;
                    default:
                        throw Error(nameAt, $"Unknown property '{name}' at the top level; the known properties are participants, options.");
                }
            }

            // Anything after the closing brace is an error of the reader.
            _ = reader.Read();
            Participants = participants
                ?? throw Error(0, "The request body has no 'participants'; expected a JSON array of participant objects.");
        }
        catch (JsonException e)
        {
            // The reader's own position: 0-based line and byte within it; report 1-based line and character.
            var line = (int)Math.Min(e.LineNumber ?? 0, _lineStarts.Count - 1);
            var start = _lineStarts[line];
            var bytes = (int)Math.Min(e.BytePositionInLine ?? 0, _utf8.Length - start);
            var problem = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '|', '.');
            throw new JsonFormatException(
                Source, line + 1, Encoding.UTF8.GetCharCount(_utf8, start, bytes) + 1, $"The request body is not valid JSON: {problem}.", e);
        }
    }

    private JsonFormatException Error(long offset, string problem)
    {
        var (line, column) = Locate(offset);
        return new JsonFormatException(Source, line, column, problem);
    }

    private Part Slice(string name, long start, long end)
    {
        var (line, column) = Locate(start);
        return new Part(name, _utf8.AsMemory((int)start, (int)(end - start)), line, column);
    }

    private (int Line, int Column) Locate(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1);
    }

    /// <summary>One top-level value of the body, and where it starts there.</summary>
    /// <param name="Name">The property: <c>participants</c> or <c>options</c>.</param>
    /// <param name="Utf8">The value's JSON, as sent.</param>
    /// <param name="Line">The 1-based line in the body where the value starts.</param>
    /// <param name="Column">The 1-based character within that line.</param>
    internal sealed record Part(string Name, ReadOnlyMemory<byte> Utf8, int Line, int Column)
    {
        /// <summary>A reader over the value's text, for the library's readers.</summary>
        public TextReader Text() => new StringReader(Encoding.UTF8.GetString(Utf8.Span));

        /// <summary>A problem at a byte offset within this part, placed in the body.</summary>
        public FileProblem At(long offset, string problem)
        {
            var before = Utf8.Span[..(int)offset];
            var newline = before.LastIndexOf((byte)'\n');
            return InBody(before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[(newline + 1)..]) + 1, problem);
        }

        /// <summary>
        /// A problem a library reader reported at a line and column of this part, moved to the body and prefixed with
        /// the part's name (so <c>'[2].seniority' must be a number</c> reads <c>participants: '[2].seniority' ...</c>).
        /// </summary>
        public FileProblem InBody(int line, int column, string problem) =>
            line <= 0
                ? new FileProblem(Source, Line, Column, $"{Name}: {problem}")
                : new FileProblem(Source, Line + line - 1, line == 1 ? Column + column - 1 : column, $"{Name}: {problem}");
    }
}
