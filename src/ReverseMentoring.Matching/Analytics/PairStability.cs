namespace ReverseMentoring.Matching.Analytics;

/// <summary>How often one pair of the baseline pairing survived the perturbed runs.</summary>
/// <param name="MenteeId">The executive's id.</param>
/// <param name="MentorId">The junior's id.</param>
/// <param name="KeptShare">The share of trials that made this pair too, from 0 to 1.</param>
public sealed record PairStability(string MenteeId, string MentorId, double KeptShare);
