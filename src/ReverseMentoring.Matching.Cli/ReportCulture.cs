using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>--culture en|es</c>: the language of the written report (HTML and Markdown). English by default, whatever the
/// machine's language, so a report does not depend on where it is written. The CLI's own messages stay English.
/// </summary>
internal sealed class ReportCulture
{
    private readonly Option<string> option = new("--culture")
    {
        Description = "The language of the report: en (default) or es; a regional name such as es-MX writes its language. Numbers keep the invariant format (0.500).",
        HelpName = "en|es",
    };

    public void AddTo(Command command) => command.Options.Add(option);

    /// <summary>The culture asked for; null for the default (English).</summary>
    /// <exception cref="CliInputException">The name is not a language the report is written in.</exception>
    public CultureInfo? Get(ParseResult parsed) => parsed.GetValue(option) is { } name ? Parse(name) : null;

    internal static CultureInfo Parse(string name)
    {
        var language = name.Split('-', 2)[0];
        if (PairingReport.Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                // Falls through to the message below.
            }
        }

        throw new CliInputException(
            $"rmatch: --culture '{name}' is not a report language; use one of {string.Join(", ", PairingReport.Languages)}.");
    }
}
