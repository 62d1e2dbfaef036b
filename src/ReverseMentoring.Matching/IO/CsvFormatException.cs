namespace ReverseMentoring.Matching.IO;

/// <summary>
/// A CSV file does not fit its format. The message reads <c>file:line:column: problem</c>, so a user
/// (or an editor) can jump to the cell at fault.
/// </summary>
/// <remarks>
/// <see cref="FileFormatException.Line"/> is the 1-based line of the file where the row at fault starts;
/// <see cref="FileFormatException.Column"/> is the 1-based number of the cell within its row (the first cell is
/// column 1), not a character offset.
/// </remarks>
public sealed class CsvFormatException : FileFormatException
{
    /// <summary>Creates the exception for one cell of a file.</summary>
    /// <param name="fileName">The file name or another label for the input, for example <c>scores.csv</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based cell number within the row.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public CsvFormatException(string fileName, int line, int column, string problem)
        : base(fileName, line, column, problem, null)
    {
    }

    /// <summary>Creates the exception for one cell of a file, with the error that caused it.</summary>
    /// <param name="fileName">The file name or another label for the input, for example <c>scores.csv</c>.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based cell number within the row.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="innerException">The error that caused this one, or null.</param>
    public CsvFormatException(string fileName, int line, int column, string problem, Exception? innerException)
        : base(fileName, line, column, problem, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CsvFormatException()
        : base("input", 1, 1, "The CSV input is not valid.", null)
    {
    }

    /// <summary>Creates the exception with a message; the place is unknown (line and column 0).</summary>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause; the place is unknown (line and column 0).</summary>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
