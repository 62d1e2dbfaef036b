using System.Resources;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The solvers' messages to a person: SolvingStrings.resx (English) and SolvingStrings.&lt;language&gt;.resx, read in
/// the current UI culture's language like the input messages. Numbers are filled in invariantly.
/// </summary>
internal static class SolvingText
{
    private static readonly ResourceManager Resources =
        new("ReverseMentoring.Matching.Solving.SolvingStrings", typeof(SolvingText).Assembly);

    /// <summary>The message <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] args) => TextLanguages.FormatForUiCulture(Resources, key, args);
}
