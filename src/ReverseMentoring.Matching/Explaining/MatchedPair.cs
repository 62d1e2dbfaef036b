using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>One chosen mentor–mentee pair with its score and the score's breakdown.</summary>
public sealed class MatchedPair
{
    internal MatchedPair(string menteeId, string mentorId, double score, IReadOnlyList<ScoreComponent> breakdown)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        Score = score;
        Breakdown = breakdown;
    }

    /// <summary>The executive's id.</summary>
    public string MenteeId { get; }

    /// <summary>The junior's id.</summary>
    public string MentorId { get; }

    /// <summary>The pair's score in [0, 1].</summary>
    public double Score { get; }

    /// <summary>The named components of the score; they sum to <see cref="Score"/>.</summary>
    public IReadOnlyList<ScoreComponent> Breakdown { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{MentorId} -> {MenteeId} ({Score:0.###})");
}
