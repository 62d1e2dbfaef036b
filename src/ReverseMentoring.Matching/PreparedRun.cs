using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>A cohort taken through rules and scoring: the problem the solver gets, and what explains its answer.</summary>
/// <param name="Cohort">The validated cohort; rows follow its mentees, columns its mentors.</param>
/// <param name="Scores">The scores, with the eligibility they were computed for.</param>
/// <param name="Problem">The problem as the engine would solve it: capacities, pinned pairs, objective, floor, side constraints.</param>
/// <param name="Solver">The engine's solver.</param>
internal sealed record PreparedRun(Cohort Cohort, CohortScores Scores, PairingProblem Problem, PairingSolver Solver);
