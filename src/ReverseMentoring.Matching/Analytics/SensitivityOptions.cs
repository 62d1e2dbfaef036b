using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>How <see cref="WeightSensitivity"/> perturbs the weights.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The composite scorer weights of the baseline run. Default <c>new CompositeScorerOptions()</c> (0.6 / 0.25 / 0.15).</summary>
    public CompositeScorerOptions Weights { get; init; } = new();

    /// <summary>
    /// How far each weight moves: it is multiplied by a factor drawn uniformly from
    /// <c>[1 − Perturbation, 1 + Perturbation]</c>, independently per weight and trial. At least 0, below 1. Default 0.1 (±10%).
    /// </summary>
    public double Perturbation { get; init; } = 0.1;

    /// <summary>How many perturbed runs to make, from 1 to <see cref="MaxTrials"/>. Default 20.</summary>
    public int Trials { get; init; } = 20;

    /// <summary>The seed of the random factors: the same seed and inputs always give the same result. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The most trials one analysis makes: 10,000.</summary>
    public const int MaxTrials = 10_000;
}
