using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// What <c>whynot</c>, <c>rematch</c> and <c>alternatives</c> share: the participant input, <c>--json FILE|-</c> and
/// <c>--force</c>; one run that reads the participants, asks the explorer, writes the JSON file all or nothing and
/// prints either the text or (<c>--json -</c>) the JSON on standard output.
/// </summary>
internal sealed class ExploreOutput
{
    private readonly ParticipantInput _input = ParticipantInput.FileOrSample();

    private readonly Option<string> _json = new("--json")
    {
        Description = "Also write the answer as JSON to FILE (written whole or not at all); '--json -' prints the JSON on standard output instead of the text.",
        HelpName = "FILE|-",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace the --json FILE if it exists; without it an existing file is never overwritten. Inputs are never overwritten.",
    };

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        _input.AddTo(command);
        command.Options.Add(_json);
        command.Options.Add(_force);
    }

    /// <summary>
    /// Runs one exploration: <paramref name="ask"/> gets the engine and the validated cohort and returns the result,
    /// <paramref name="json"/> and <paramref name="text"/> write it. <paramref name="inputs"/> names further files the
    /// verb reads (they are protected from the output).
    /// </summary>
    public int Run<T>(
        ParseResult parsed,
        TextWriter stdout,
        TextWriter stderr,
        Func<MatchingEngine, Cohort, T> ask,
        Func<T, string> json,
        Action<T, TextWriter> text,
        params (string Path, string What)[] inputs)
    {
        var config = _input.Load(parsed);
        var jsonPath = parsed.GetValue(_json);
        var toStdout = jsonPath == MatchOutputMode.Stdout;
        string? document = null;
        var files = new AtomicFileSet { ReplaceExisting = parsed.GetValue(_force) };
        InputFiles.Protect(files, _input, parsed);
        foreach (var (path, what) in inputs)
        {
            files.ProtectInput(path, what);
        }

        if (jsonPath is not null && !toStdout)
        {
            files.Add(jsonPath, w => w.Write(document!));
        }

        files.Check(); // before the run: a refused output costs no solve
        var read = _input.ReadParticipants(parsed, config.Columns);
        var result = CliApp.Locating(config, () => ask(new MatchingEngine(config.ToOptions()), new Cohort(read.Participants)));
        document = json(result);
        files.Commit();
        ParticipantInput.WriteNotes(read, stderr);
        if (toStdout)
        {
            stdout.WriteLine(document);
        }
        else
        {
            text(result, stdout);
        }

        return CliApp.Success;
    }

    /// <summary>A score or a change of score as the tables print it: three decimals, a sign when asked.</summary>
    public static string Number(double value, bool signed = false) =>
        value.ToString(signed ? "+0.000;-0.000;0.000" : "0.000", CultureInfo.InvariantCulture);

    /// <summary>"3 pairs, total 2.100".</summary>
    public static string Summary(Pairing pairing) =>
        CliText.Format("PairingSummary", CliText.Pairs(pairing.Pairs.Count), Number(pairing.TotalScore));

    /// <summary>"+1 pair", "-2 pairs", "0 pairs": a change in the number of pairs.</summary>
    public static string PairChange(int change) =>
        CliText.Format(Math.Abs(change) == 1 ? "PairsOne" : "PairsOther", change.ToString("+0;-0;0", CultureInfo.InvariantCulture));
}
