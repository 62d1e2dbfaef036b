namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// How a past pair went: the mentee, the mentor, and a rating on any numeric scale (for example a 1–5 survey score),
/// higher is better. The input of <see cref="WeightCalibration"/>.
/// </summary>
/// <param name="MenteeId">The executive's id.</param>
/// <param name="MentorId">The junior's id.</param>
/// <param name="Rating">The pair's rating; finite, higher is better.</param>
public sealed record PairOutcome(string MenteeId, string MentorId, double Rating);
