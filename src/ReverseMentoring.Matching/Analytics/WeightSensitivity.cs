using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// How many pairs change when the composite scorer's weights move a little: the pairing is made once with the given
/// weights and again for each of several randomly perturbed copies, each a full run of <see cref="MatchingEngine"/>.
/// </summary>
/// <remarks>
/// A pairing whose pairs change under a ±10% nudge to weights nobody can state that precisely rests on near-ties;
/// pairs kept by every trial are the ones the weights do not decide. Runs are deterministic, so with
/// <see cref="SensitivityOptions.Perturbation"/> 0 no pair changes.
/// </remarks>
public static class WeightSensitivity
{
    /// <summary>Runs the baseline and the perturbed trials on <paramref name="cohort"/>.</summary>
    /// <param name="cohort">The participants.</param>
    /// <param name="matching">
    /// Rules, objective, capacities and the rest of each run; null means <c>new MatchingOptions()</c>. Its
    /// <see cref="MatchingOptions.Scorer"/> is replaced in every run by <see cref="PairScorers.Composite"/> of the
    /// (perturbed) <see cref="SensitivityOptions.Weights"/>.
    /// </param>
    /// <param name="options">Weights, perturbation, trials and seed; null means <c>new SensitivityOptions()</c>.</param>
    /// <param name="cancellationToken">Checked by every run.</param>
    /// <exception cref="MatchingInputException">A setting is out of range, or a run fails on the input (see <see cref="MatchingEngine.Match(Cohort, CancellationToken)"/>).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SensitivityResult Analyze(
        Cohort cohort, MatchingOptions? matching = null, SensitivityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        matching ??= new MatchingOptions();
        options ??= new SensitivityOptions();
        Check(options);

        var baseline = Run(cohort, matching, options.Weights, cancellationToken);
        var baselinePairs = baseline.Pairs.Select(Key).ToArray();
        var kept = new int[baselinePairs.Length];
        var random = new Random(options.Seed);
        var trials = new SensitivityTrial[options.Trials];
        for (var t = 0; t < trials.Length; t++)
        {
            var weights = Perturb(options.Weights, options.Perturbation, random);
            var pairing = Run(cohort, matching, weights, cancellationToken);
            var made = pairing.Pairs.Select(Key).ToHashSet();
            var changed = 0;
            for (var k = 0; k < baselinePairs.Length; k++)
            {
                if (made.Contains(baselinePairs[k]))
                {
                    kept[k]++;
                }
                else
                {
                    changed++;
                }
            }

            var share = baselinePairs.Length == 0 ? 0 : (double)changed / baselinePairs.Length;
            trials[t] = new SensitivityTrial(weights, pairing.Pairs.Count, changed, share);
        }

        var pairs = baselinePairs
            .Select((p, k) => new PairStability(p.Mentee, p.Mentor, (double)kept[k] / trials.Length))
            .ToArray();
        return new SensitivityResult(baseline, trials.AsReadOnly(), pairs.AsReadOnly());
    }

    private static Pairing Run(Cohort cohort, MatchingOptions matching, CompositeScorerOptions weights, CancellationToken cancellationToken)
    {
        PairScorer scorer;
        try
        {
            scorer = PairScorers.Composite(weights);
        }
        catch (ArgumentException e)
        {
            throw new MatchingInputException($"The weights are not valid: {e.Message}", e);
        }

        return new MatchingEngine(matching with { Scorer = scorer }).Match(cohort, cancellationToken);
    }

    // One factor per weight, in a fixed order, so a seed always gives the same trials.
    private static CompositeScorerOptions Perturb(CompositeScorerOptions weights, double perturbation, Random random)
    {
        double Factor() => 1 + (perturbation * ((2 * random.NextDouble()) - 1));
        return new CompositeScorerOptions
        {
            SkillGapWeight = weights.SkillGapWeight * Factor(),
            ReciprocalWeight = weights.ReciprocalWeight * Factor(),
            NetworkReachWeight = weights.NetworkReachWeight * Factor(),
        };
    }

    private static void Check(SensitivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Weights, nameof(options));
        if (!(options.Perturbation >= 0 && options.Perturbation < 1))
        {
            throw new MatchingInputException(string.Create(
                CultureInfo.InvariantCulture, $"The perturbation must be at least 0 and below 1 (a share such as 0.1 for ±10%); it is {options.Perturbation}."));
        }

        if (options.Trials < 1 || options.Trials > SensitivityOptions.MaxTrials)
        {
            throw new MatchingInputException(string.Create(
                CultureInfo.InvariantCulture, $"The number of trials must be from 1 to {SensitivityOptions.MaxTrials}; it is {options.Trials}."));
        }
    }

    private static (string Mentee, string Mentor) Key(MatchedPair pair) => (pair.MenteeId, pair.MentorId);
}
