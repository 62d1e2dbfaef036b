using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>--culture en|es</c>, an option of every verb (recursive on the root command): the language of the tool's own
/// messages (<see cref="CliText"/>) and of the written reports (HTML and Markdown). English by default, whatever the
/// machine's language, so the output does not depend on where the tool runs. Numbers keep the invariant format.
/// </summary>
internal static class ReportCulture
{
    /// <summary>The option, added once to the root command.</summary>
    public static Option<string> Option { get; } = new("--culture")
    {
        Description = "The language of the messages and reports: en (default) or es; a regional name such as es-MX uses its language. "
            + "Numbers keep the invariant format (0.500); help and the library's file problems stay English.",
        HelpName = "en|es",
        Recursive = true,
    };

    /// <summary>The culture asked for; null for the default (English), or when the option is missing its value (a parse error).</summary>
    /// <exception cref="CliInputException">The name is not a language rmatch writes.</exception>
    public static CultureInfo? Get(ParseResult parsed)
    {
        var result = parsed.GetResult(Option);
        return result is null || result.Errors.Any() || result.Tokens.Count == 0 ? null : Parse(result.Tokens[^1].Value);
    }

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

        // In English: the language asked for is not one rmatch knows.
        throw new CliInputException(
            $"rmatch: --culture '{name}' is not a language rmatch writes; use one of {string.Join(", ", PairingReport.Languages)}.");
    }
}
