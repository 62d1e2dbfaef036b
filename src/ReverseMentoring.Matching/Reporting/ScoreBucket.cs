namespace ReverseMentoring.Matching.Reporting;

/// <summary>One bar of the score histogram: how many pairs scored in [<see cref="From"/>, <see cref="To"/>).</summary>
/// <remarks>The last bucket also holds scores equal to its <see cref="To"/>, so a perfect 1.0 is counted.</remarks>
internal sealed class ScoreBucket
{
    /// <summary>Buckets are a tenth of the score range [0, 1] wide.</summary>
    internal const int PerUnit = 10;

    internal ScoreBucket(double from, double to, int count)
    {
        From = from;
        To = to;
        Count = count;
    }

    /// <summary>The lowest score in the bucket.</summary>
    public double From { get; }

    /// <summary>The end of the bucket (excluded, except for the last bucket).</summary>
    public double To { get; }

    /// <summary>How many pairs scored in the bucket.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ReportText.Bucket(this)}: {Count}";

    /// <summary>
    /// Ten buckets of width 0.1 over [0, 1], widened by whole tenths when a custom scorer goes outside [0, 1]; the top
    /// score always falls in the last bucket, whose end is included.
    /// </summary>
    internal static ScoreBucket[] Histogram(IReadOnlyList<double> scores)
    {
        // The small tolerance keeps a score computed as 0.29999999999999999 in the bucket its printed value (0.300) names.
        static int Tenth(double score) => (int)Math.Floor((score * PerUnit) + 1e-9);
        var low = Math.Min(0, scores.Count > 0 ? scores.Min(Tenth) : 0);
        var high = Math.Max(PerUnit, scores.Count > 0 ? scores.Max(s => (int)Math.Ceiling((s * PerUnit) - 1e-9)) : 0);
        var counts = new int[high - low];
        foreach (var score in scores)
        {
            counts[Math.Clamp(Tenth(score), low, high - 1) - low]++;
        }

        return [.. counts.Select((count, k) => new ScoreBucket((double)(low + k) / PerUnit, (double)(low + k + 1) / PerUnit, count))];
    }
}
