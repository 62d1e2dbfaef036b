using Google.OrTools.Sat;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// What one CP-SAT solve found, as managed values: the status, the chosen cells and the objective and bound when it found
/// a pairing (empty and 0 otherwise). Read before the native solver is disposed.
/// </summary>
internal sealed record CpSatAnswer(CpSolverStatus Status, IReadOnlyList<SolvedPair> Chosen, long Objective, double Bound);
