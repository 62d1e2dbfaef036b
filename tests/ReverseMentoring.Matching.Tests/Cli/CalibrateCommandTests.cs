using System.Text.Json;
using ReverseMentoring.Matching.Configuration;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class CalibrateCommandTests : IDisposable
{
    private const string People =
        "id,role,seniority,department,location\n"
        + "e1,mentee,5,Sales,Oslo\ne2,mentee,5,Sales,Oslo\ne3,mentee,5,Sales,Oslo\n"
        + "m1,mentor,1,Sales,Oslo\nm2,mentor,1,IT,Oslo\nm3,mentor,1,IT,Rome\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string SamplePeople => RepositoryFiles.PathOf("samples/data/people.csv");

    private static string SampleOutcomes => RepositoryFiles.PathOf("samples/data/outcomes.csv");

    [Fact]
    public void Prints_the_fit_and_the_weights_for_a_run_config()
    {
        var (exit, stdout, stderr) = CliRunner.Run("calibrate", "--participants", SamplePeople, "--outcomes", SampleOutcomes);

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains("Fitted to 60 rated pairs (5-fold cross-validation).", stdout, StringComparison.Ordinal);
        Assert.Contains("cross-validated:  RMSE ", stdout, StringComparison.Ordinal);
        Assert.Contains("For a run config: \"weights\": { \"skillGap\": ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_written_config_carry_the_same_weights_and_the_config_loads()
    {
        var json = _dir.File("fit.json");
        var config = _dir.File("calibrated.json");

        var (exit, _, stderr) = CliRunner.Run(
            "calibrate", "--participants", SamplePeople, "--outcomes", SampleOutcomes, "--folds", "10", "--json", json, "--write-config", config);

        Assert.Equal((0, string.Empty), (exit, stderr));
        var fit = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(10, fit.GetProperty("folds").GetInt32());
        var weights = fit.GetProperty("weights");
        var loaded = MatchingConfig.Load(config).Weights;
        Assert.Equal(weights.GetProperty("skillGap").GetDouble(), loaded.SkillGapWeight);
        Assert.Equal(weights.GetProperty("reciprocal").GetDouble(), loaded.ReciprocalWeight);
        Assert.Equal(weights.GetProperty("networkReach").GetDouble(), loaded.NetworkReachWeight);
        Assert.Equal(1, loaded.SkillGapWeight + loaded.ReciprocalWeight + loaded.NetworkReachWeight, 1e-12);
    }

    [Fact]
    public void Json_to_stdout_is_only_json()
    {
        var (exit, stdout, _) = CliRunner.Run("calibrate", "--participants", SamplePeople, "--outcomes", SampleOutcomes, "--json", "-");

        Assert.Equal(0, exit);
        Assert.Equal(60, JsonDocument.Parse(stdout).RootElement.GetProperty("outcomeCount").GetInt32());
    }

    [Theory]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,1\ne2,m2,oops\n", ":3:3: The rating is 'oops'")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,1\ne2,nobody,2\n", ":3:2: 'nobody' is not among the participants.")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,1\ne2,m2,2\n", ":1:1: 2 rated pairs, fewer than the 3 cross-validation folds")]
    [InlineData("mentee_id,mentor_id,rating\n", ":1:1: 0 rated pairs; a fit checked by cross-validation needs at least 2.")]
    public void Bad_outcomes_exit_2_with_the_position_and_write_nothing(string outcomes, string message)
    {
        var people = _dir.Write("people.csv", People);
        var file = _dir.Write("outcomes.csv", outcomes);
        var json = _dir.File("fit.json");

        var (exit, stdout, stderr) = CliRunner.Run("calibrate", "--participants", people, "--outcomes", file, "--folds", "3", "--json", json);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith(file + message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
    }

    [Fact]
    public void Ratings_that_rise_with_no_component_exit_2_with_a_reason()
    {
        var people = _dir.Write("people.csv", People);
        var file = _dir.Write("outcomes.csv", "mentee_id,mentor_id,rating\ne1,m1,5\ne2,m2,3\ne3,m3,1\n");

        var (exit, stdout, stderr) = CliRunner.Run("calibrate", "--participants", people, "--outcomes", file, "--folds", "3");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("No weights can be fitted", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Folds_below_2_an_existing_output_and_an_input_as_output_are_refused()
    {
        var existing = _dir.Write("fit.json", "keep");

        Assert.Equal(2, CliRunner.Run("calibrate", "--participants", SamplePeople, "--outcomes", SampleOutcomes, "--folds", "1").Exit);
        Assert.Equal(2, CliRunner.Run("calibrate", "--participants", SamplePeople, "--outcomes", SampleOutcomes, "--json", existing).Exit);
        Assert.Equal("keep", File.ReadAllText(existing));
        var outcomes = _dir.Write("outcomes.csv", File.ReadAllText(SampleOutcomes));
        var (exit, _, stderr) = CliRunner.Run(
            "calibrate", "--participants", SamplePeople, "--outcomes", outcomes, "--write-config", outcomes, "--force");
        Assert.Equal(2, exit);
        Assert.Contains("outcomes", stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(SampleOutcomes), File.ReadAllText(outcomes));
    }
}
