using System.Globalization;

namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The languages the library writes explanations and reports in, and how a culture picks one. English is the neutral
/// language (the resources in the assembly); the others are satellite assemblies.
/// </summary>
internal static class TextLanguages
{
    /// <summary>The languages with their own resources: the neutral English, then the translations.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "es"];

    /// <summary>
    /// The culture to read resources with for <paramref name="culture"/>: its language when translated (es-MX reads
    /// es), otherwise the invariant culture, which reads English. Looked up by language rather than through the
    /// culture's parents, which invariant globalization does not know; the machine's UI culture is never consulted.
    /// </summary>
    public static CultureInfo Resolve(CultureInfo? culture)
    {
        var language = culture?.Name.Split('-', 2)[0].ToLowerInvariant();
        return language is null or "en" || !All.Contains(language, StringComparer.Ordinal)
            ? CultureInfo.InvariantCulture
            : CultureInfo.GetCultureInfo(language);
    }
}
