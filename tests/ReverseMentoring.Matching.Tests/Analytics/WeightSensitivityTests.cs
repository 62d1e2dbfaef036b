using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Analytics;

public sealed class WeightSensitivityTests
{
    [Fact]
    public void Zero_perturbation_changes_no_pair()
    {
        var cohort = Cohort(seed: 1);

        var result = WeightSensitivity.Analyze(cohort, options: new SensitivityOptions { Perturbation = 0, Trials = 5 });

        Assert.NotEmpty(result.Baseline.Pairs);
        Assert.All(result.Trials, t => Assert.Equal((0, 0.0), (t.ChangedPairs, t.ChangedShare)));
        Assert.Equal((0.0, 0.0), (result.MeanChangedShare, result.MaxChangedShare));
        Assert.All(result.Pairs, p => Assert.Equal(1.0, p.KeptShare));
    }

    [Fact]
    public void Each_trial_counts_the_baseline_pairs_a_brute_force_optimum_with_its_weights_drops()
    {
        var cohort = Cohort(seed: 2);
        var options = new SensitivityOptions { Perturbation = 0.9, Trials = 30, Seed = 5 };

        var result = WeightSensitivity.Analyze(cohort, options: options);

        var baseline = BestPairs(cohort, options.Weights);
        Assert.Equal(baseline, result.Baseline.Pairs.Select(p => (p.MenteeId, p.MentorId)).ToHashSet());
        foreach (var trial in result.Trials)
        {
            var changed = baseline.Except(BestPairs(cohort, trial.Weights)).Count();
            Assert.Equal(changed, trial.ChangedPairs);
            Assert.Equal((double)changed / baseline.Count, trial.ChangedShare, 1e-12);
        }

        Assert.Contains(result.Trials, t => t.ChangedPairs > 0); // the cohort was made so that the weights matter
        Assert.Equal(result.Trials.Average(t => t.ChangedShare), result.MeanChangedShare, 1e-12);
        Assert.Equal(result.Trials.Max(t => t.ChangedShare), result.MaxChangedShare);
        foreach (var pair in result.Pairs)
        {
            var kept = result.Trials.Count(t => BestPairs(cohort, t.Weights).Contains((pair.MenteeId, pair.MentorId)));
            Assert.Equal((double)kept / result.Trials.Count, pair.KeptShare, 1e-12);
        }
    }

    [Fact]
    public void Weights_move_within_the_perturbation_and_a_seed_repeats_the_trials()
    {
        var cohort = Cohort(seed: 3);
        var options = new SensitivityOptions { Perturbation = 0.2, Trials = 8, Seed = 42 };

        var first = WeightSensitivity.Analyze(cohort, options: options);
        var second = WeightSensitivity.Analyze(cohort, options: options);

        Assert.Equal(first.Trials, second.Trials);
        Assert.All(first.Trials, t =>
        {
            Assert.InRange(t.Weights.SkillGapWeight, 0.6 * 0.8, 0.6 * 1.2);
            Assert.InRange(t.Weights.ReciprocalWeight, 0.25 * 0.8, 0.25 * 1.2);
            Assert.InRange(t.Weights.NetworkReachWeight, 0.15 * 0.8, 0.15 * 1.2);
        });
        Assert.Equal(8, first.Trials.Select(t => t.Weights).Distinct().Count());
    }

    [Theory]
    [InlineData(-0.1, 10)]
    [InlineData(1.0, 10)]
    [InlineData(double.NaN, 10)]
    [InlineData(0.1, 0)]
    [InlineData(0.1, SensitivityOptions.MaxTrials + 1)]
    public void Settings_out_of_range_are_input_errors(double perturbation, int trials) =>
        Assert.Throws<MatchingInputException>(() => WeightSensitivity.Analyze(
            Cohort(seed: 1), options: new SensitivityOptions { Perturbation = perturbation, Trials = trials }));

    [Fact]
    public void Weights_the_scorer_cannot_take_are_input_errors()
    {
        var zero = new CompositeScorerOptions { SkillGapWeight = 0, ReciprocalWeight = 0, NetworkReachWeight = 0 };

        var e = Assert.Throws<MatchingInputException>(() => WeightSensitivity.Analyze(Cohort(seed: 1), options: new SensitivityOptions { Weights = zero }));

        Assert.Contains("weights are not valid", e.Message, StringComparison.Ordinal);
    }

    // Four a side, every pair allowed (mentors junior, no managers), skills and goals random so that the components
    // pull different ways and no two pairings tie.
    private static Cohort Cohort(int seed)
    {
        var random = new Random(seed);
        string[] areas = [SkillAreas.Technology, SkillAreas.SocialMedia, SkillAreas.Trends];
        Dictionary<string, double> Levels() => areas.ToDictionary(a => a, _ => Math.Round(random.NextDouble() * 5, 2));
        Dictionary<string, double> Goals() => areas.ToDictionary(a => a, _ => Math.Round(random.NextDouble(), 2));
        string[] departments = ["A", "B", "C"];
        return new Cohort(
        [
            .. Enumerable.Range(0, 4).Select(k => Participant.Mentor(
                $"m{k}", 1, department: departments[random.Next(3)], location: departments[random.Next(3)], skills: Levels(), goals: Goals())),
            .. Enumerable.Range(0, 4).Select(k => Participant.Mentee(
                $"e{k}", 5, department: departments[random.Next(3)], location: departments[random.Next(3)], skills: Levels(), goals: Goals())),
        ]);
    }

    // The best total over all 4! one-to-one pairings, each score from the composite scorer with those weights.
    private static HashSet<(string Mentee, string Mentor)> BestPairs(Cohort cohort, CompositeScorerOptions weights)
    {
        var scorer = PairScorers.Composite(weights);
        var n = cohort.Mentees.Count;
        var score = new double[n, n];
        var parts = new double[scorer.ComponentNames.Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scorer.Score(cohort.Mentors[j], cohort.Mentees[i], parts);
                score[i, j] = parts.Sum();
            }
        }

        var best = (Total: double.NegativeInfinity, Mentors: Array.Empty<int>());
        foreach (var permutation in Permutations(Enumerable.Range(0, n).ToArray()))
        {
            var total = Enumerable.Range(0, n).Sum(i => score[i, permutation[i]]);
            if (total > best.Total)
            {
                best = (total, permutation);
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => (cohort.Mentees[i].Id, cohort.Mentors[best.Mentors[i]].Id))];
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany(first => Permutations([.. items.Where(i => i != first)]).Select(rest => (int[])[first, .. rest]));
}
