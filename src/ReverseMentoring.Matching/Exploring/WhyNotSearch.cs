using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// Answers a why-not question by one more solve of the engine's own problem: the pair pinned when the optimum leaves
/// it out, forbidden when the optimum makes it. Rules, capacities, the minimum score, side constraints and the
/// objective stay as they are, so the difference between the two pairings is exactly the price of the pair.
/// </summary>
internal static class WhyNotSearch
{
    public static WhyNotResult Ask(Exploration exploration, string menteeId, string mentorId, CancellationToken cancellationToken)
    {
        var mentee = exploration.MenteeRow(menteeId);
        var mentor = exploration.MentorColumn(mentorId);
        var cell = new SolvedPair(mentee, mentor);
        var optimum = exploration.Optimum;
        var problem = exploration.Problem;
        if (exploration.Best.Pairs.Contains(cell))
        {
            if (problem.PinnedPairs.Contains(cell))
            {
                return new(menteeId, mentorId, WhyNotStatus.Pinned, "the pair is pinned, so every pairing makes it", optimum, null);
            }

            var without = exploration.Solve(ProblemVariant.Of(problem, forbidden: [cell]), cancellationToken);
            return without is { } found
                ? new(menteeId, mentorId, WhyNotStatus.Forbidden, "the optimum makes the pair; the alternative is the best pairing without it", optimum, found.Pairing)
                : new(menteeId, mentorId, WhyNotStatus.Infeasible, "no pairing without the pair meets the side constraints", optimum, null);
        }

        if (exploration.Exclusion(mentee, mentor) is { } exclusion)
        {
            return new(menteeId, mentorId, WhyNotStatus.NotAllowed, exclusion, optimum, null);
        }

        PairingProblem forced;
        try
        {
            forced = ProblemVariant.Of(problem, pinned: [cell]);
        }
        catch (MatchingInputException)
        {
            // Over a capacity: the engine's pinned pairs already take this mentee or mentor.
            return new(menteeId, mentorId, WhyNotStatus.Infeasible, "the pinned pairs already use this mentee's or mentor's capacity", optimum, null);
        }

        var reason = problem.IsPairable(mentee, mentor)
            ? "the optimum leaves the pair out; the alternative is the best pairing with it"
            : "the pair scores below the minimum score (or adds no value), so the optimum cannot make it; the alternative is the best pairing with it pinned";
        return exploration.Solve(forced, cancellationToken) is { } with
            ? new(menteeId, mentorId, WhyNotStatus.Forced, reason, optimum, with.Pairing)
            : new(menteeId, mentorId, WhyNotStatus.Infeasible, "no pairing with the pair meets the side constraints", optimum, null);
    }
}
