namespace ReverseMentoring.Matching.Diagnostics;

/// <summary>
/// Reported to an <see cref="IProgress{T}"/> when a stage of a matching run begins, and once more with
/// <see cref="MatchingStage.Completed"/> when the run is over. Holds no personal data.
/// </summary>
/// <param name="Stage">The stage that begins (or <see cref="MatchingStage.Completed"/>).</param>
/// <param name="Elapsed">Time since the run began.</param>
public sealed record MatchingProgress(MatchingStage Stage, TimeSpan Elapsed)
{
    /// <summary>The share of stages already finished, from 0 (validation begins) to 1 (completed).</summary>
    public double Fraction => (double)Stage / (double)MatchingStage.Completed;
}
