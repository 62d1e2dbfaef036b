using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>How much a pairing depends on the exact scorer weights: the baseline, every perturbed run, and summaries.</summary>
public sealed class SensitivityResult
{
    internal SensitivityResult(Pairing baseline, IReadOnlyList<SensitivityTrial> trials, IReadOnlyList<PairStability> pairs)
    {
        Baseline = baseline;
        Trials = trials;
        Pairs = pairs;
        MeanChangedShare = trials.Average(t => t.ChangedShare);
        MaxChangedShare = trials.Max(t => t.ChangedShare);
    }

    /// <summary>The pairing with the unperturbed weights.</summary>
    public Pairing Baseline { get; }

    /// <summary>The perturbed runs, in the order they were drawn.</summary>
    public IReadOnlyList<SensitivityTrial> Trials { get; }

    /// <summary>The mean over the trials of the share of baseline pairs a trial did not make.</summary>
    public double MeanChangedShare { get; }

    /// <summary>The largest share of baseline pairs one trial did not make.</summary>
    public double MaxChangedShare { get; }

    /// <summary>Every baseline pair, in the baseline's order, with the share of trials that kept it; the least kept are the fragile ones.</summary>
    public IReadOnlyList<PairStability> Pairs { get; }
}
