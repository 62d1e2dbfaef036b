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
                return new(menteeId, mentorId, WhyNotStatus.Pinned, ExplorationText.Of("WhyNotPinned"), optimum, null);
            }

            var without = exploration.Solve(ProblemVariant.Of(problem, forbidden: [cell]), cancellationToken);
            return without is { } found
                ? new(menteeId, mentorId, WhyNotStatus.Forbidden, ExplorationText.Of("WhyNotOptimumMakes"), optimum, found.Pairing)
                : new(menteeId, mentorId, WhyNotStatus.Infeasible, ExplorationText.Of("WhyNotNoPairingWithout"), optimum, null);
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
            return new(menteeId, mentorId, WhyNotStatus.Infeasible, ExplorationText.Of("WhyNotCapacityTaken"), optimum, null);
        }

        var reason = problem.IsPairable(mentee, mentor)
            ? ExplorationText.Of("WhyNotOptimumLeavesOut")
            : ExplorationText.Of("WhyNotBelowMinimum");
        return exploration.Solve(forced, cancellationToken) is { } with
            ? new(menteeId, mentorId, WhyNotStatus.Forced, reason, optimum, with.Pairing)
            : new(menteeId, mentorId, WhyNotStatus.Infeasible, ExplorationText.Of("WhyNotNoPairingWith"), optimum, null);
    }
}
