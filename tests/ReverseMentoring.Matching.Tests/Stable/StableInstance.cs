using System.Globalization;
using System.Text;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// A random instance: ids in shuffled row order (so id order is not row order), small integer scores (many ties),
/// null for a forbidden cell, capacities per side.
/// </summary>
public sealed record StableInstance(
    string[] MenteeIds, string[] MentorIds, double?[,] Scores, int[] MenteeCapacities, int[] MentorCapacities)
{
    public int Rows => MenteeIds.Length;

    public int Columns => MentorIds.Length;

    public ScoreMatrix Matrix => new(MenteeIds, MentorIds, Scores);

    public PairingProblem Problem => new(Matrix, MenteeCapacities, MentorCapacities);

    public bool IsAllowed(int mentee, int mentor) => Scores[mentee, mentor] is not null;

    public double Score(int mentee, int mentor) => Scores[mentee, mentor] ?? double.NaN;

    /// <summary>The same instance with rows and columns in reverse order.</summary>
    public StableInstance Reversed()
    {
        var scores = new double?[Rows, Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                scores[Rows - 1 - i, Columns - 1 - j] = Scores[i, j];
            }
        }

        return new StableInstance(
            [.. MenteeIds.Reverse()], [.. MentorIds.Reverse()], scores, [.. MenteeCapacities.Reverse()], [.. MentorCapacities.Reverse()]);
    }

    /// <summary>Pairs as (mentee id, mentor id), for comparing results across instances.</summary>
    public HashSet<(string Mentee, string Mentor)> Named(IEnumerable<SolvedPair> pairs) =>
        [.. pairs.Select(p => (MenteeIds[p.Mentee], MentorIds[p.Mentor]))];

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"mentors {string.Join(' ', MentorIds.Select((id, j) => $"{id}/{MentorCapacities[j]}"))}\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{MenteeIds[i]}/{MenteeCapacities[i]}:");
            for (var j = 0; j < Columns; j++)
            {
                text.Append(' ').Append(Scores[i, j] is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>An instance with explicit, possibly incomplete rankings on both sides.</summary>
public sealed record RankedInstance(StableInstance Instance, string[][] MenteeRankings, string[][] MentorRankings)
{
    public StablePreferences Preferences => new(
        Enumerable.Range(0, Instance.Rows).ToDictionary(i => Instance.MenteeIds[i], i => (IReadOnlyList<string>)MenteeRankings[i]),
        Enumerable.Range(0, Instance.Columns).ToDictionary(j => Instance.MentorIds[j], j => (IReadOnlyList<string>)MentorRankings[j]));

    /// <summary>Where mentee <paramref name="mentee"/> ranks the mentor (0 best), or null when unacceptable.</summary>
    public int? MenteeRank(int mentee, int mentor) => Rank(MenteeRankings[mentee], Instance.MentorIds[mentor]);

    /// <summary>Where mentor <paramref name="mentor"/> ranks the mentee (0 best), or null when unacceptable.</summary>
    public int? MentorRank(int mentee, int mentor) => Rank(MentorRankings[mentor], Instance.MenteeIds[mentee]);

    /// <summary>Both list each other and the cell is allowed.</summary>
    public bool IsAcceptable(int mentee, int mentor) =>
        Instance.IsAllowed(mentee, mentor) && MenteeRank(mentee, mentor) is not null && MentorRank(mentee, mentor) is not null;

    public override string ToString() =>
        Instance + "mentee lists: " + string.Join(" | ", MenteeRankings.Select((r, i) => $"{Instance.MenteeIds[i]}: {string.Join(',', r)}"))
        + "\nmentor lists: " + string.Join(" | ", MentorRankings.Select((r, j) => $"{Instance.MentorIds[j]}: {string.Join(',', r)}"));

    private static int? Rank(string[] list, string id)
    {
        var at = Array.IndexOf(list, id);
        return at < 0 ? null : at;
    }
}

/// <summary>An instance with a random pairing that respects capacities and forbidden cells (rarely stable).</summary>
public sealed record PairedInstance(StableInstance Instance, SolvedPair[] Pairing)
{
    public override string ToString() => Instance + "pairing: " + string.Join(' ', Pairing.Select(p => $"({p.Mentee},{p.Mentor})"));
}
