namespace HrService;

/// <summary>The answer of <c>POST /pairings</c>: the shape <c>rmatch match --json</c> writes.</summary>
internal sealed record PairingResponse(
    string Status,
    int PairCount,
    double TotalScore,
    double? MeanScore,
    double? MinimumScore,
    string Solver,
    IReadOnlyList<PairOutput> Pairs,
    IReadOnlyList<string> UnmatchedMentees,
    IReadOnlyList<string> UnmatchedMentors,
    IReadOnlyList<UnmatchedOutput> Unmatched);

/// <summary>One pair with its score's components by name.</summary>
internal sealed record PairOutput(string Mentee, string Mentor, double Score, IReadOnlyDictionary<string, double> Breakdown);

/// <summary>Someone left without a partner, and why.</summary>
internal sealed record UnmatchedOutput(string Id, string Role, string Reason, int AllowedCandidates, IReadOnlyDictionary<string, int> Exclusions);
