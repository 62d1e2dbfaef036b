using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// A JSON file (participants or a run's config) does not fit its format. The message reads
/// <c>source:line:column: problem</c>, so a user (or an editor) can jump to the place at fault.
/// </summary>
/// <remarks>
/// The sibling of <see cref="CsvFormatException"/> rather than a reuse of it: both have 1-based lines, but here
/// <see cref="Column"/> is the 1-based character within the line, not a cell number.
/// </remarks>
public sealed class JsonFormatException : MatchingInputException
{
    private string? _source;

    /// <summary>Creates the exception for one place in a file.</summary>
    /// <param name="source">The file name or another label for the input, for example <c>people.json</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based character within the line.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public JsonFormatException(string source, int line, int column, string problem)
        : this(source, line, column, problem, null)
    {
    }

    /// <summary>Creates the exception for one place in a file, with the error that caused it.</summary>
    /// <param name="source">The file name or another label for the input, for example <c>people.json</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based character within the line.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="innerException">The error that caused this one, or null.</param>
    public JsonFormatException(string source, int line, int column, string problem, Exception? innerException)
        : base(Format(source, line, column, problem), innerException!)
    {
        _source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public JsonFormatException()
        : this("input", 1, 1, "The JSON input is not valid.")
    {
    }

    /// <summary>Creates the exception with a message; the position is unknown (line and column 0).</summary>
    public JsonFormatException(string message)
        : base(message)
    {
        Problem = message;
    }

    /// <summary>Creates the exception with a message and its cause; the position is unknown (line and column 0).</summary>
    public JsonFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>The file name or label of the input, as given to the reader.</summary>
    public override string? Source
    {
        get => _source;
        set => _source = value;
    }

    /// <summary>The 1-based line (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>The 1-based character within the line (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    private static string Format(string source, int line, int column, string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problem);
        return string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}: {problem}");
    }
}
