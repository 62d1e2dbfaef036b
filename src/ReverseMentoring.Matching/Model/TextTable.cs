using System.Globalization;
using System.Resources;

namespace ReverseMentoring.Matching.Model;

/// <summary>
/// One table of the library's texts: a resx file (English, the neutral language) and its translations (satellite
/// assemblies). Each folder's accessor holds one, so the lookup, the missing-key error and the invariant filling-in of
/// placeholders are written once; which language to read stays the accessor's choice.
/// </summary>
internal sealed class TextTable
{
    private readonly ResourceManager resources;

    /// <summary>The table of the resources <paramref name="baseName"/> (a resx's namespace and file name) in this assembly.</summary>
    public TextTable(string baseName) => resources = new(baseName, typeof(TextTable).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, a culture from <see cref="TextLanguages.Resolve"/>.</summary>
    public string Get(string key, CultureInfo language) =>
        resources.GetString(key, language)
            ?? throw new MissingManifestResourceException($"The library has no text '{key}' in {resources.BaseName}.");

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> with its placeholders filled in invariantly.</summary>
    public string Format(CultureInfo language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>
    /// The text of <paramref name="key"/> in the language of the current UI culture (English when it has no
    /// translation), with its placeholders filled in invariantly: the .NET convention for exception messages. The CLI
    /// sets the UI culture for one run, so <c>--culture</c> picks the language there.
    /// </summary>
    public string FormatForUiCulture(string key, params object?[] args) =>
        Format(TextLanguages.Resolve(CultureInfo.CurrentUICulture), key, args);
}
