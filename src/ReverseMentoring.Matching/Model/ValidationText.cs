
namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The messages of participant validation: ValidationStrings.resx (English) and ValidationStrings.&lt;language&gt;.resx,
/// read in the current UI culture's language. Numbers are formatted invariantly by the caller; ids and field names stay
/// as given.
/// </summary>
internal static class ValidationText
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Model.ValidationStrings");

    /// <summary>The message <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] args) => Table.FormatForUiCulture(key, args);
}
