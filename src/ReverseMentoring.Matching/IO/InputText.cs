using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// The messages of the participant, pair and score readers and of the column mapping: InputStrings.resx (English) and
/// InputStrings.&lt;language&gt;.resx, read in the current UI culture's language. Every value is a composite format
/// (literal braces doubled); numbers are formatted invariantly by the caller, ids and column names stay as given.
/// </summary>
internal static class InputText
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.IO.InputStrings");

    /// <summary>The message <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] args) => Table.FormatForUiCulture(key, args);

}
