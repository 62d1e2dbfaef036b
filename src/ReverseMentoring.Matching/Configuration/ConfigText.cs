using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>
/// The messages of config problems: ConfigStrings.resx (English) and ConfigStrings.&lt;language&gt;.resx, read in the
/// current UI culture's language. Option and property names (weights.skillGap, 'columns') stay as written.
/// </summary>
internal static class ConfigText
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Configuration.ConfigStrings");

    /// <summary>The message <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] args) => Table.FormatForUiCulture(key, args);
}
