using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// An input file does not fit its format. The message reads <c>file:line:column: problem</c>, so a user (or an
/// editor) can jump to the place at fault. Catch this type to handle CSV and JSON problems alike.
/// </summary>
/// <remarks>
/// <see cref="Line"/> is 1-based in both formats. <see cref="Column"/> depends on the format: for CSV
/// (<see cref="CsvFormatException"/>) it is the 1-based number of the cell within its row; for JSON
/// (<see cref="JsonFormatException"/>) it is the 1-based character within the line.
/// </remarks>
public abstract class FileFormatException : MatchingInputException
{
    /// <summary>Creates the exception for one place in a file, with the error that caused it.</summary>
    /// <param name="fileName">The file name or another label for the input, for example <c>people.csv</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based column: a cell number for CSV, a character for JSON.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="innerException">The error that caused this one, or null.</param>
    protected FileFormatException(string fileName, int line, int column, string problem, Exception? innerException)
        : base(Format(fileName, line, column, problem), innerException!)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message; the place is unknown (empty file name, line and column 0).</summary>
    protected FileFormatException(string message)
        : base(message)
    {
        FileName = string.Empty;
        Problem = message;
    }

    /// <summary>Creates the exception with a message and its cause; the place is unknown (empty file name, line and column 0).</summary>
    protected FileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Problem = message;
    }

    /// <summary>The file name or label of the input, as given to the reader (empty when unknown).</summary>
    public string FileName { get; }

    /// <summary>The 1-based line; for CSV the line where the row at fault starts (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>The 1-based column (0 when unknown): the cell number within the row for CSV, the character within the line for JSON.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }

    /// <summary>The same problem as a <see cref="FileProblem"/>, for lists of problems.</summary>
    internal FileProblem ToProblem() => new(FileName, Line, Column, Problem);

    private static string Format(string fileName, int line, int column, string problem)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(problem);
        return string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}:{column}: {problem}");
    }
}
