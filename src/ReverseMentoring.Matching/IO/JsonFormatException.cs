namespace ReverseMentoring.Matching.IO;

/// <summary>
/// A JSON file (participants or a run's config) does not fit its format. The message reads
/// <c>file:line:column: problem</c>, so a user (or an editor) can jump to the place at fault.
/// </summary>
/// <remarks>
/// The sibling of <see cref="CsvFormatException"/>: both have 1-based lines, but here
/// <see cref="FileFormatException.Column"/> is the 1-based character within the line, not a cell number.
/// </remarks>
public sealed class JsonFormatException : FileFormatException
{
    /// <summary>Creates the exception for one place in a file.</summary>
    /// <param name="fileName">The file name or another label for the input, for example <c>people.json</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based character within the line.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public JsonFormatException(string fileName, int line, int column, string problem)
        : base(fileName, line, column, problem, null)
    {
    }

    /// <summary>Creates the exception for one place in a file, with the error that caused it.</summary>
    /// <param name="fileName">The file name or another label for the input, for example <c>people.json</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based character within the line.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="innerException">The error that caused this one, or null.</param>
    public JsonFormatException(string fileName, int line, int column, string problem, Exception? innerException)
        : base(fileName, line, column, problem, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public JsonFormatException()
        : base("input", 1, 1, "The JSON input is not valid.", null)
    {
    }

    /// <summary>Creates the exception with a message; the place is unknown (line and column 0).</summary>
    public JsonFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause; the place is unknown (line and column 0).</summary>
    public JsonFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
