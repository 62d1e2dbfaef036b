using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Tests.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Fuzzing;

/// <summary>
/// Fuzzes <c>rmatch</c> in-process with broken participant files (CSV and JSON), configs, score matrices and outcomes. Whatever
/// the input: exit 0 (success), 2 (bad input) or 3 (no pairing within the time limit), never 1 (an unexpected error);
/// never a stack trace; after a failure nothing on standard output and no output file, after a success a whole one.
/// </summary>
/// <remarks>A short pass runs with every test run; <see cref="FuzzBudget"/> tells how to run a long one.</remarks>
public sealed class CliFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Match_with_a_broken_participant_csv() =>
        FuzzBudget.Check(Mutations.Of(FuzzSeeds.PeopleCsv), text => RunMatch(Write("people.csv", text), config: null));

    [Fact]
    public void Match_with_a_broken_participant_json() =>
        FuzzBudget.Check(Mutations.Of(FuzzSeeds.PeopleJson), text => RunMatch(Write("people.json", text), config: null));

    [Fact]
    public void Match_with_a_broken_config() =>
        FuzzBudget.Check(
            Gen.OneOf(Mutations.Of(FuzzSeeds.StarterConfig), Mutations.Of(FuzzSeeds.PinnedConfig)),
            text => RunMatch(Write("people.csv", FuzzSeeds.PeopleCsv), Write("run.json", text)));

    [Fact]
    public void Report_with_a_broken_participant_file_and_config() =>
        FuzzBudget.Check(
            from people in Mutations.Of(FuzzSeeds.PeopleCsv, most: 2)
            from config in Mutations.Of(FuzzSeeds.PinnedConfig, most: 2)
            select (people, config),
            input =>
            {
                var output = _dir.File($"report-{Guid.NewGuid():N}.md");
                var run = CliRunner.Run("report", "--participants", Write("people.csv", input.people), "--config", Write("run.json", input.config), "--out", output);
                CheckOutcome(run, output, json: false);
            });

    [Fact]
    public void Validate_with_a_broken_participant_file() =>
        FuzzBudget.Check(Mutations.Of(FuzzSeeds.PeopleCsv), text =>
        {
            var (exit, _, stderr) = CliRunner.Run("validate", "--participants", Write("people.csv", text));
            Assert.True(exit is CliApp.Success or CliApp.BadInput, $"exit {exit}: {stderr}");
            NoStackTrace(stderr);
        });

    [Fact]
    public void Assign_with_a_broken_score_matrix() =>
        FuzzBudget.Check(Mutations.Of(FuzzSeeds.ScoresCsv), text =>
        {
            var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", Write("scores.csv", text));
            Assert.True(exit is CliApp.Success or CliApp.BadInput, $"exit {exit}: {stderr}");
            NoStackTrace(stderr);
            if (exit == CliApp.Success)
            {
                using var _ = JsonDocument.Parse(stdout);
            }
            else
            {
                Assert.Equal(string.Empty, stdout);
            }
        });

    [Fact]
    public void Calibrate_with_a_broken_outcomes_file() =>
        FuzzBudget.Check(Mutations.Of(FuzzSeeds.OutcomesCsv), text =>
        {
            var output = _dir.File($"weights-{Guid.NewGuid():N}.json");
            var run = CliRunner.Run("calibrate", "--participants", Write("people.csv", FuzzSeeds.PeopleCsv), "--outcomes", Write("outcomes.csv", text), "--json", output);
            CheckOutcome(run, output, json: true);
        });

    [Fact]
    public void The_readers_and_the_engine_throw_only_input_errors() =>
        FuzzBudget.Check(
            Gen.OneOf(
                Mutations.Of(FuzzSeeds.PeopleCsv).Select(text => (text, format: ParticipantFileFormat.Csv)),
                Mutations.Of(FuzzSeeds.PeopleJson).Select(text => (text, format: ParticipantFileFormat.Json))),
            input =>
            {
                try
                {
                    var people = ParticipantFile.Read(new StringReader(input.text), "people", input.format);
                    var pairing = new MatchingEngine().Match(people);
                    Assert.True(pairing.Pairs.Count <= people.Count);
                }
                catch (MatchingInputException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                }
            });

    private static void NoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", stderr, StringComparison.Ordinal);
    }

    private static void CheckOutcome((int Exit, string Stdout, string Stderr) run, string output, bool json)
    {
        var (exit, stdout, stderr) = run;
        Assert.True(exit is CliApp.Success or CliApp.BadInput or CliApp.TimeLimitReached, $"exit {exit}: {stderr}");
        NoStackTrace(stderr);
        if (exit == CliApp.Success)
        {
            var text = File.ReadAllText(output);
            if (json)
            {
                using var _ = JsonDocument.Parse(text);
            }
            else
            {
                Assert.NotEqual(string.Empty, text);
            }

            File.Delete(output);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(stderr));
            Assert.Equal(string.Empty, stdout);
            Assert.False(File.Exists(output), "a failed run left an output file");
        }
    }

    private void RunMatch(string people, string? config)
    {
        var output = _dir.File($"out-{Guid.NewGuid():N}.json");
        string[] args = ["match", "--participants", people, "--json", output, .. config is null ? Array.Empty<string>() : ["--config", config]];
        CheckOutcome(CliRunner.Run(args), output, json: true);
    }

    /// <summary>Writes the text as UTF-8, except that the unpaired surrogate token becomes the byte 0xFF: invalid UTF-8.</summary>
    private string Write(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace(Mutations.InvalidUtf8, "\uE000", StringComparison.Ordinal));
        var invalid = new List<byte>(bytes.Length);
        for (var k = 0; k < bytes.Length; k++)
        {
            if (k + 2 < bytes.Length && bytes[k] == 0xEE && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x80)
            {
                invalid.Add(0xFF);
                k += 2;
            }
            else
            {
                invalid.Add(bytes[k]);
            }
        }

        var path = _dir.File(name);
        File.WriteAllBytes(path, [.. invalid]);
        return path;
    }
}
