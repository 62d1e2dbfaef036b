using MathNet.Numerics.Statistics;
using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// The distribution of a pairing's pair scores: count, mean, quartiles, spread and range.
/// </summary>
/// <remarks>
/// Quartiles interpolate linearly between the sorted scores (Hyndman–Fan type 7, as spreadsheets' <c>QUARTILE.INC</c>
/// and NumPy's default): the p-quantile of n sorted scores lies at 1-based position <c>1 + (n − 1)·p</c>. The standard
/// deviation is the population one (divides by n, <c>STDEV.P</c>): the pairs are all the pairs, not a sample.
/// </remarks>
public sealed class ScoreStatistics
{
    private ScoreStatistics(double[] scores)
    {
        Count = scores.Length;
        Mean = scores.Mean();
        Median = scores.QuantileCustom(0.5, QuantileDefinition.R7);
        LowerQuartile = scores.QuantileCustom(0.25, QuantileDefinition.R7);
        UpperQuartile = scores.QuantileCustom(0.75, QuantileDefinition.R7);
        StandardDeviation = scores.PopulationStandardDeviation();
        Minimum = scores.Minimum();
        Maximum = scores.Maximum();
    }

    /// <summary>How many scores.</summary>
    public int Count { get; }

    /// <summary>The mean score.</summary>
    public double Mean { get; }

    /// <summary>The median score (the mean of the two middle scores when the count is even).</summary>
    public double Median { get; }

    /// <summary>The first quartile: a quarter of the scores lie at or below it.</summary>
    public double LowerQuartile { get; }

    /// <summary>The third quartile: three quarters of the scores lie at or below it.</summary>
    public double UpperQuartile { get; }

    /// <summary>The population standard deviation (0 for a single score).</summary>
    public double StandardDeviation { get; }

    /// <summary>The lowest score.</summary>
    public double Minimum { get; }

    /// <summary>The highest score.</summary>
    public double Maximum { get; }

    /// <summary>The statistics of the pairing's pair scores, or null when it has no pairs.</summary>
    public static ScoreStatistics? Of(Pairing pairing)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        return pairing.Pairs.Count == 0 ? null : Of(pairing.Pairs.Select(p => p.Score));
    }

    /// <summary>The statistics of <paramref name="scores"/>.</summary>
    /// <exception cref="ArgumentException">There are no scores, or one is not finite.</exception>
    public static ScoreStatistics Of(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var values = scores.ToArray();
        if (values.Length == 0)
        {
            throw new ArgumentException("There are no scores to describe.", nameof(scores));
        }

        if (!values.All(double.IsFinite))
        {
            throw new ArgumentException("Every score must be a finite number.", nameof(scores));
        }

        return new ScoreStatistics(values);
    }
}
