using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Side = ReverseMentoring.Matching.Solving.SideConstraints;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>A small random pairing problem with group labels and side constraints, built from a seed.</summary>
internal sealed record SideInstance(
    double?[,] Scores,
    int[] MenteeCapacities,
    int[] MentorCapacities,
    string?[] MenteeDepartments,
    string?[] MentorDepartments,
    SolvedPair[] Pinned,
    PairingPriority Priority,
    double? MinimumScore,
    Side Constraints)
{
    private static readonly string?[] Labels = ["sales", "tech", "ops", null];

    public int Rows => Scores.GetLength(0);

    public int Columns => Scores.GetLength(1);

    /// <summary>Up to <paramref name="size"/> per side, capacities 1–2, scores in steps of 0.01, random groups and quotas.</summary>
    public static SideInstance Random(int seed, int size = 5, bool withSideConstraints = true)
    {
        var random = new Random(seed);
        int rows = random.Next(1, size + 1), columns = random.Next(1, size + 1);
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.NextDouble() < 0.75 ? Math.Round((random.NextDouble() * 2) - 0.5, 2) : null;
            }
        }

        int[] menteeCaps = [.. Enumerable.Range(0, rows).Select(_ => random.Next(1, 3))];
        int[] mentorCaps = [.. Enumerable.Range(0, columns).Select(_ => random.Next(1, 3))];
        var pinned = new List<SolvedPair>();
        if (random.NextDouble() < 0.35)
        {
            for (var attempt = random.Next(1, 3); attempt > 0; attempt--)
            {
                var cell = new SolvedPair(random.Next(rows), random.Next(columns));
                if (scores[cell.Mentee, cell.Mentor] is not null && !pinned.Contains(cell)
                    && pinned.Count(p => p.Mentee == cell.Mentee) < menteeCaps[cell.Mentee]
                    && pinned.Count(p => p.Mentor == cell.Mentor) < mentorCaps[cell.Mentor])
                {
                    pinned.Add(cell);
                }
            }
        }

        string?[] menteeDepartments = [.. Enumerable.Range(0, rows).Select(_ => Labels[random.Next(Labels.Length)])];
        string?[] mentorDepartments = [.. Enumerable.Range(0, columns).Select(_ => Labels[random.Next(Labels.Length)])];
        var constraints = withSideConstraints
            ? new Side(
                menteeDepartments,
                mentorDepartments,
                random.NextDouble() < 0.5 ? random.Next(0, 4) : null,
                random.NextDouble() < 0.5 ? random.Next(0, 5) * 0.25 : null,
                random.NextDouble() < 0.5,
                random.NextDouble() < 0.5 ? random.Next(0, 3) : null)
            : Side.None;
        return new SideInstance(
            scores,
            menteeCaps,
            mentorCaps,
            menteeDepartments,
            mentorDepartments,
            [.. pinned],
            random.NextDouble() < 0.25 ? PairingPriority.QualityFirst : PairingPriority.CoverageFirst,
            random.NextDouble() < 0.2 ? 0.2 : null,
            constraints);
    }

    /// <summary>The problem; ids are shuffled against row order so that the solver's canonical order matters.</summary>
    public PairingProblem Problem(PairingObjective objective = PairingObjective.MaxTotal) => new(
        new ScoreMatrix(
            [.. Enumerable.Range(0, Rows).Select(i => $"exec-{(Rows - i) * 7 % 10}{i}")],
            [.. Enumerable.Range(0, Columns).Select(j => $"mentor-{(j * 3) % 5}{j}")],
            Scores),
        MenteeCapacities,
        MentorCapacities,
        Pinned,
        objective,
        Priority,
        MinimumScore,
        Constraints);

    public override string ToString() =>
        $"{Rows}x{Columns} caps [{string.Join(",", MenteeCapacities)}] / [{string.Join(",", MentorCapacities)}], "
        + $"groups [{string.Join(",", MenteeDepartments)}] / [{string.Join(",", MentorDepartments)}], pinned [{string.Join(",", Pinned)}], "
        + $"{Priority}, floor {MinimumScore}, same ≤ {Constraints.MaxSameDepartmentPairs}, cross ≥ {Constraints.MinCrossDepartmentShare}, "
        + $"balance {Constraints.BalanceMentorLoad}, per group ≤ {Constraints.MaxMenteesPerDepartmentPerMentor}";
}
