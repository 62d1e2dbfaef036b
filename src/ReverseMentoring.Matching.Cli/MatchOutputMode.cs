namespace ReverseMentoring.Matching.Cli;

/// <summary>What <c>rmatch match</c> writes where, decided once from its options and the terminal.</summary>
/// <param name="Table">Print the table of pairs, the unmatched and the summary on standard output.</param>
/// <param name="JsonToStdout">Print the result JSON on standard output instead of the table (<c>--json -</c>).</param>
/// <param name="JsonFile">Write the result JSON to this file, or null.</param>
/// <param name="Progress">Show a live progress display on standard error.</param>
internal sealed record MatchOutputMode(bool Table, bool JsonToStdout, string? JsonFile, bool Progress)
{
    /// <summary>The <c>--json</c> value that means standard output.</summary>
    public const string Stdout = "-";

    /// <summary>
    /// <c>--quiet</c> drops the table and the progress display; <c>--json -</c> replaces the table with JSON, and is
    /// printed even with <c>--quiet</c> because it was asked for. Progress runs only on an interactive terminal.
    /// </summary>
    public static MatchOutputMode Resolve(string? json, bool quiet, bool interactiveTerminal)
    {
        var jsonToStdout = json == Stdout;
        return new MatchOutputMode(
            Table: !quiet && !jsonToStdout,
            JsonToStdout: jsonToStdout,
            JsonFile: jsonToStdout ? null : json,
            Progress: interactiveTerminal && !quiet);
    }

    /// <summary>
    /// Whether both outputs are the process's own console, neither redirected, and the terminal is not <c>TERM=dumb</c>:
    /// only then is a progress display wanted. Piped or captured output stays plain.
    /// </summary>
    public static bool IsInteractiveTerminal(TextWriter stdout, TextWriter stderr) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
        && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
