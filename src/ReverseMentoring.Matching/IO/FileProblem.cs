using System.Globalization;

namespace ReverseMentoring.Matching.IO;

/// <summary>One problem found in an input file, where it is, and what is wrong.</summary>
/// <remarks>
/// For CSV files <see cref="Column"/> is the 1-based cell number within the row (as in <see cref="CsvFormatException"/>);
/// for JSON files it is the 1-based character within the line (as in <see cref="JsonFormatException"/>).
/// </remarks>
/// <param name="Source">The file name or label of the input.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column: a cell number for CSV, a character for JSON.</param>
/// <param name="Problem">What is wrong, as a sentence.</param>
public sealed record FileProblem(string Source, int Line, int Column, string Problem)
{
    /// <summary>The problem as <c>source:line:column: problem</c>, the form editors and compilers use.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}: {Problem}");
}
