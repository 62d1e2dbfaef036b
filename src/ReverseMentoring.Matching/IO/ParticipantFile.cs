using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads or checks a participant file in either format: CSV (any HR export, through a <see cref="ColumnMapping"/>)
/// or JSON.
/// </summary>
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
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static IReadOnlyList<Participant> Read(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null) =>
        Read(reader, source, format, mapping, ProblemSink.Throwing()).Participants;

    /// <summary>
    /// Reads participants as <see cref="Read(TextReader, string, ParticipantFileFormat, ColumnMapping?)"/> does, and
    /// also tells how many rows the role rules left out and what in the data will pair poorly.
    /// </summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <exception cref="CsvFormatException">A CSV problem, naming line and cell.</exception>
    /// <exception cref="JsonFormatException">A JSON problem, naming line and character.</exception>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static ParticipantReadResult ReadDetailed(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null)
    {
        var (people, leftOut) = Read(reader, source, format, mapping, ProblemSink.Throwing());
        return new ParticipantReadResult(people, leftOut, ParticipantWarnings.Find(people));
    }

    /// <summary>Reads a participant file, its format taken from the name (<see cref="FormatOf"/>); UTF-8, a byte-order mark is allowed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <exception cref="MatchingInputException">The file or the mapping is not valid (see the other overload).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Participant> Read(string path, ColumnMapping? mapping = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, FormatOf(path), mapping);
    }

    /// <summary>
    /// Checks participants and returns every problem found instead of stopping at the first: each bad cell or
    /// property, the first model rule each participant breaks, every duplicate id and every cycle of manager ids.
    /// </summary>
    /// <remarks>
    /// A header that does not fit the mapping, or text that is not JSON at all, ends the check (what follows cannot
    /// be read); all the header's problems are still listed. Problems come in file order, except that unknown JSON
    /// properties come first and cohort-wide problems (cycles of manager ids) last.
    /// </remarks>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file name or a label, used in the problems.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="mapping">The CSV columns; default <see cref="ColumnMapping.Default"/>. Not used for JSON.</param>
    /// <returns>The problems; empty when the file can be read.</returns>
    /// <exception cref="MatchingInputException">The mapping is not valid.</exception>
    public static IReadOnlyList<FileProblem> Validate(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping = null)
    {
        var sink = ProblemSink.Collecting();
        try
        {
            Read(reader, source, format, mapping, sink);
        }
        catch (FileFormatException e)
        {
            // Problems of the file's structure (an unclosed quote, an empty line, text that is not JSON) end the check.
            return [.. sink.Problems, e.ToProblem()];
        }

        return sink.Problems;
    }

    private static (IReadOnlyList<Participant> Participants, int LeftOutRows) Read(
        TextReader reader, string source, ParticipantFileFormat format, ColumnMapping? mapping, ProblemSink sink) =>
        format switch
        {
            ParticipantFileFormat.Csv => ParticipantCsv.Read(reader, source, mapping ?? ColumnMapping.Default, sink),
            ParticipantFileFormat.Json => (ParticipantJson.Read(reader, source, sink), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown participant file format."),
        };
}
