using System.Globalization;
using System.Resources;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The words of the tool's own messages, in the language of this run's <c>--culture</c>: CliStrings.resx (English,
/// the neutral language) and CliStrings.&lt;language&gt;.resx (satellite assemblies). English by default, whatever the
/// machine's language.
/// </summary>
/// <remarks>
/// The language is ambient for one <see cref="CliApp.Run"/> (an <see cref="AsyncLocal{T}"/>, so runs on other threads,
/// such as parallel tests, keep their own): messages are built deep in shared helpers (file reading, the output set),
/// and threading a parameter through all of them would say nothing more. Numbers keep the invariant format in every
/// language. Messages of the library (a file's problems at file:line:column, warnings, exception messages) are English.
/// </remarks>
internal static class CliText
{
    private static readonly ResourceManager Resources =
        new("ReverseMentoring.Matching.Cli.CliStrings", typeof(CliText).Assembly);

    private static readonly AsyncLocal<CultureInfo?> Language = new();

    /// <summary>The culture asked for with <c>--culture</c> in this run; null for the default (English).</summary>
    public static CultureInfo? Culture => Language.Value;

    /// <summary>
    /// Uses <paramref name="culture"/>'s language (null: English) for the messages, and for the command-line parser's
    /// own, until disposed: the UI culture is set to it too, so the machine's language never leaks into the output.
    /// </summary>
    public static IDisposable Use(CultureInfo? culture)
    {
        var (before, beforeUi) = (Language.Value, CultureInfo.CurrentUICulture);
        Language.Value = culture;
        CultureInfo.CurrentUICulture = culture ?? CultureInfo.InvariantCulture;
        return new Restore(() =>
        {
            Language.Value = before;
            CultureInfo.CurrentUICulture = beforeUi;
        });
    }

    /// <summary>The text of <paramref name="key"/> in the run's language.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, ResourceCulture) ?? throw new MissingManifestResourceException($"rmatch has no text '{key}'.");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled in; numbers are formatted invariantly.</summary>
    public static string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The text of <paramref name="one"/> or <paramref name="other"/> by <paramref name="count"/>, with the count filled in.</summary>
    public static string Count(int count, string one, string other) =>
        Format(count == 1 ? one : other, count.ToString(CultureInfo.InvariantCulture));

    /// <summary>"1 pair", "3 pairs".</summary>
    public static string Pairs(int count) => Count(count, "PairsOne", "PairsOther");

    /// <summary>The culture the resources are read with: the asked-for language when translated, else invariant (English).</summary>
    private static CultureInfo ResourceCulture
    {
        get
        {
            var language = Language.Value?.Name.Split('-', 2)[0].ToLowerInvariant();
            return language is null or "en" || !PairingReport.Languages.Contains(language, StringComparer.Ordinal)
                ? CultureInfo.InvariantCulture
                : CultureInfo.GetCultureInfo(language);
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
