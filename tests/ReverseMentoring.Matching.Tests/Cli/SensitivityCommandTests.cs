using System.Text.Json;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class SensitivityCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Zero_perturbation_keeps_every_pair()
    {
        var (exit, stdout, stderr) = CliRunner.Run("sensitivity", "--sample", "--perturbation", "0", "--trials", "3");

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains("pairs changed: mean 0.0%, max 0.0%", stdout, StringComparison.Ordinal);
        Assert.Contains("Every baseline pair was kept in every trial.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_summaries_agree_with_the_trial_runs_it_lists()
    {
        var file = _dir.File("s.json");

        var (exit, _, stderr) = CliRunner.Run("sensitivity", "--sample", "--perturbation", "0.3", "--trials", "12", "--seed", "9", "--json", file);

        Assert.Equal((0, string.Empty), (exit, stderr));
        var json = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        var runs = json.GetProperty("trialRuns").EnumerateArray().ToArray();
        Assert.Equal(12, runs.Length);
        var baseline = json.GetProperty("baselinePairCount").GetInt32();
        var shares = runs.Select(r => (double)r.GetProperty("changedPairs").GetInt32() / baseline).ToArray();
        Assert.Equal(shares.Average(), json.GetProperty("meanChangedShare").GetDouble(), 1e-12);
        Assert.Equal(shares.Max(), json.GetProperty("maxChangedShare").GetDouble(), 1e-12);
        Assert.Equal(baseline, json.GetProperty("pairs").GetArrayLength());
    }

    [Theory]
    [InlineData("--perturbation", "1")]
    [InlineData("--perturbation", "-0.5")]
    [InlineData("--trials", "0")]
    public void Settings_out_of_range_exit_2(string option, string value)
    {
        var (exit, stdout, stderr) = CliRunner.Run("sensitivity", "--sample", option, value);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_json_file_is_kept_without_force()
    {
        var existing = _dir.Write("s.json", "keep");

        var (exit, stdout, _) = CliRunner.Run("sensitivity", "--sample", "--trials", "1", "--json", existing);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal("keep", File.ReadAllText(existing));
    }
}
