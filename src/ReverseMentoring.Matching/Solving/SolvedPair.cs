namespace ReverseMentoring.Matching.Solving;

/// <summary>One chosen pair, as a row (mentee) and a column (mentor) of the score matrix.</summary>
/// <param name="Mentee">The mentee's row.</param>
/// <param name="Mentor">The mentor's column.</param>
public readonly record struct SolvedPair(int Mentee, int Mentor);
