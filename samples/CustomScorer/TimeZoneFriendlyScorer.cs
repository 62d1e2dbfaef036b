using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace CustomScorer;

/// <summary>
/// A user-written scorer with one component, <c>TimeZone</c>: 1 when both people share a time zone,
/// falling linearly to 0 at <see cref="MaxUsefulGapHours"/> hours apart or more (a weekly call stops
/// fitting in both working days). An unknown offset on either side scores a neutral 0.5.
/// </summary>
/// <remarks>
/// The <see cref="PairScorer"/> contract: <see cref="Score"/> is pure and thread-safe and writes one finite
/// value per component name; the engine checks that the pair's score is in [0, 1].
/// </remarks>
internal sealed class TimeZoneFriendlyScorer : PairScorer
{
    /// <summary>Hours apart at which the score reaches 0.</summary>
    public const double MaxUsefulGapHours = 8;

    public override IReadOnlyList<string> ComponentNames { get; } = ["TimeZone"];

    public override void Score(Participant mentor, Participant mentee, Span<double> components)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        if (mentor.UtcOffset is not { } a || mentee.UtcOffset is not { } b)
        {
            components[0] = 0.5;
            return;
        }

        components[0] = Math.Max(0, 1 - (Math.Abs(a - b) / MaxUsefulGapHours));
    }
}
