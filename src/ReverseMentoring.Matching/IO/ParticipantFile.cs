using System.Runtime.InteropServices;
using System.Text.Json;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads or checks a participant file in either format: CSV (any HR export, through a <see cref="ColumnMapping"/>)
/// or JSON; from a path, decoded text, a UTF-8 stream (an upload, a request body) or a <see cref="JsonElement"/>.
/// </summary>
/// <remarks>
/// Every reader streams CSV rows (memory grows with the participants, not the file) and applies
/// <see cref="ParticipantReadLimits"/> (<see cref="ParticipantReadLimits.Default"/> when none is given), so a file that
/// is far too large fails fast at the place where it crosses a limit.
/// </remarks>
public static class ParticipantFile
{
    /// <summary>The format a file name implies: <see cref="ParticipantFileFormat.Json"/> for <c>.json</c> (any case), else CSV.</summary>
    public static ParticipantFileFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? ParticipantFileFormat.Json
            : ParticipantFileFormat.Csv;
    }

    /// <summary>Reads participants, stopping at the first problem; the reader is left open.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static IReadOnlyList<Participant> Read(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Read(Input.Of(reader), source, format, mapping, limits, ProblemSink.Throwing()).Participants;

    /// <summary>Reads participants from UTF-8 bytes (a byte-order mark is allowed), stopping at the first problem; the stream is left open.</summary>
    /// <param name="utf8">The file's bytes; bytes that are not UTF-8 are a problem at their line.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IReadOnlyList<Participant> Read(
        Stream utf8, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Read(Input.Of(utf8), source, format, mapping, limits, ProblemSink.Throwing()).Participants;

    /// <summary>
    /// Reads participants from a JSON array already parsed (for example a property of a request body), with the
    /// validation of a participant JSON file.
    /// </summary>
    /// <param name="participants">The array of participant objects.</param>
    /// <param name="source">A label for error messages, for example <c>participants</c>.</param>
    /// <param name="limits">How large the array may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="JsonFormatException">
    /// A problem, naming line and character counted from the element's first character (line 1, character 1): add
    /// the element's own place in its document to point into the whole document.
    /// </exception>
    public static IReadOnlyList<Participant> Read(JsonElement participants, string source, ParticipantReadLimits? limits = null) =>
        Read(Input.Of(participants), source, ParticipantFileFormat.Json, null, limits, ProblemSink.Throwing()).Participants;

    /// <summary>
    /// Reads participants as <see cref="Read(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/> does, and
    /// also tells how many rows the role rules left out and what in the data will pair poorly.
    /// </summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static ParticipantReadResult ReadDetailed(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Detailed(Read(Input.Of(reader), source, format, mapping, limits, ProblemSink.Throwing()));

    /// <summary>As <see cref="ReadDetailed(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/>, from UTF-8 bytes; the stream is left open.</summary>
    /// <param name="utf8">The file's bytes; bytes that are not UTF-8 are a problem at their line.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ParticipantReadResult ReadDetailed(
        Stream utf8, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Detailed(Read(Input.Of(utf8), source, format, mapping, limits, ProblemSink.Throwing()));

    /// <summary>As <see cref="Read(JsonElement, string, ParticipantReadLimits?)"/>, with the warnings of <see cref="ParticipantReadResult"/>.</summary>
    /// <param name="participants">The array of participant objects.</param>
    /// <param name="source">A label for error messages, for example <c>participants</c>.</param>
    /// <param name="limits">How large the array may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="JsonFormatException">A problem, placed from the element's first character.</exception>
    public static ParticipantReadResult ReadDetailed(JsonElement participants, string source, ParticipantReadLimits? limits = null) =>
        Detailed(Read(Input.Of(participants), source, ParticipantFileFormat.Json, null, limits, ProblemSink.Throwing()));

    /// <summary>Reads a participant file, its format taken from the name (<see cref="FormatOf"/>); UTF-8, a byte-order mark is allowed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <exception cref="MatchingInputException">The file or the mapping is not valid (see the other overload).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Participant> Read(string path, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path, FormatOf(path), mapping, limits);
    }

    /// <summary>
    /// Checks participants and returns every problem found instead of stopping at the first: each bad cell or
    /// property, the first model rule each participant breaks, every duplicate id and every cycle of manager ids.
    /// </summary>
    /// <remarks>
    /// A header that does not fit the mapping, text that is not JSON at all, or a file over a limit ends the check
    /// (what follows cannot be read); all the header's problems are still listed. Problems come in file order, except
    /// that unknown JSON properties come first and cohort-wide problems (cycles of manager ids) last.
    /// </remarks>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file name or a label, used in the problems.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <returns>The problems; empty when the file can be read.</returns>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static IReadOnlyList<FileProblem> Validate(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Validate(Input.Of(reader), source, format, mapping, limits);

    /// <summary>As <see cref="Validate(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/>, from UTF-8 bytes; the stream is left open.</summary>
    /// <param name="utf8">The file's bytes; bytes that are not UTF-8 are a problem at their line.</param>
    /// <param name="source">The file name or a label, used in the problems.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <param name="limits">How large the file may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <returns>The problems; empty when the file can be read.</returns>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IReadOnlyList<FileProblem> Validate(
        Stream utf8, string source, ParticipantFileFormat format, ColumnMapping? mapping = null, ParticipantReadLimits? limits = null) =>
        Validate(Input.Of(utf8), source, format, mapping, limits);

    /// <summary>As <see cref="Read(JsonElement, string, ParticipantReadLimits?)"/>, listing every problem instead of stopping at the first.</summary>
    /// <param name="participants">The array of participant objects.</param>
    /// <param name="source">A label for the problems, for example <c>participants</c>.</param>
    /// <param name="limits">How large the array may be; default <see cref="ParticipantReadLimits.Default"/>.</param>
    /// <returns>The problems, placed from the element's first character (line 1, character 1); empty when it can be read.</returns>
    public static IReadOnlyList<FileProblem> Validate(JsonElement participants, string source, ParticipantReadLimits? limits = null) =>
        Validate(Input.Of(participants), source, ParticipantFileFormat.Json, null, limits);

    private static IReadOnlyList<FileProblem> Validate(
        Input input, string source, ParticipantFileFormat format, ColumnMapping? mapping, ParticipantReadLimits? limits)
    {
        var sink = ProblemSink.Collecting();
        try
        {
            Read(input, source, format, mapping, limits, sink);
        }
        catch (FileFormatException e)
        {
            // Problems of the file's structure (an unclosed quote, an empty line, text that is not JSON, a limit) end the check.
            return [.. sink.Problems, e.ToProblem()];
        }

        return sink.Problems;
    }

    private static ParticipantReadResult Detailed((IReadOnlyList<Participant> People, int LeftOut) read) =>
        new(read.People, read.LeftOut, ParticipantWarnings.Find(read.People));

    private static (IReadOnlyList<Participant> Participants, int LeftOutRows) Read(
        Input input, string source, ParticipantFileFormat format, ColumnMapping? mapping, ParticipantReadLimits? limits, ProblemSink sink)
    {
        ArgumentNullException.ThrowIfNull(source);
        limits ??= ParticipantReadLimits.Default;
        return format switch
        {
            ParticipantFileFormat.Csv => ParticipantCsv.Read(input.ToCsv(source, limits), source, mapping ?? ColumnMapping.Default, limits, sink),
            ParticipantFileFormat.Json => (ParticipantJson.Read(input.ToJson(source, limits, sink), sink), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown participant file format."),
        };
    }

    /// <summary>Where the participants come from: exactly one of decoded text, a UTF-8 stream or a parsed JSON element.</summary>
    private readonly record struct Input(TextReader? Reader, Stream? Stream, JsonElement? Element)
    {
        public static Input Of(TextReader reader) => new(reader ?? throw new ArgumentNullException(nameof(reader)), null, null);

        public static Input Of(Stream stream) => new(null, stream ?? throw new ArgumentNullException(nameof(stream)), null);

        public static Input Of(JsonElement element) => new(null, null, element);

        public CsvText ToCsv(string source, ParticipantReadLimits limits) =>
            Reader is not null ? CsvText.Of(Reader, source, limits)
            : Stream is not null ? CsvText.Of(Stream, source, limits)
            : throw new InvalidOperationException("A JSON element is not CSV.");

        public JsonInput ToJson(string source, ParticipantReadLimits limits, ProblemSink sink) =>
            Reader is not null ? ParticipantJson.ToInput(Reader, source, limits, sink)
            : Stream is not null ? ParticipantJson.ToInput(JsonInput.ReadAllBytes(Stream), source, limits, sink)
            // The element's own text, as written (comments included): its problems are placed within it.
            : ParticipantJson.ToInput(JsonMarshal.GetRawUtf8Value(Element!.Value).ToArray(), source, limits, sink);
    }
}
