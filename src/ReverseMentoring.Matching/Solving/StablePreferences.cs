using System.Collections.ObjectModel;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Explicit rankings for stable matching: each mentee ranks mentors and each mentor ranks mentees, best first, by id.
/// Lists may be incomplete: a partner not in someone's list is unacceptable to them. Immutable.
/// </summary>
/// <remarks>
/// Checked twice: on creation (no empty id, no id twice in one list) and when solving against a score matrix
/// (every id is known, every participant has a list). A pair is only made when both list each other and the
/// matrix allows it; scores are used only to report the totals.
/// </remarks>
public sealed class StablePreferences
{
    /// <summary>Creates and checks rankings.</summary>
    /// <param name="menteeRankings">Per mentee id, the mentor ids it accepts, best first.</param>
    /// <param name="mentorRankings">Per mentor id, the mentee ids it accepts, best first.</param>
    /// <exception cref="MatchingInputException">An id is empty, a list is missing (null), or a list names an id twice.</exception>
    public StablePreferences(
        IReadOnlyDictionary<string, IReadOnlyList<string>> menteeRankings,
        IReadOnlyDictionary<string, IReadOnlyList<string>> mentorRankings)
    {
        ArgumentNullException.ThrowIfNull(menteeRankings);
        ArgumentNullException.ThrowIfNull(mentorRankings);
        MenteeRankings = Check(menteeRankings, "mentee", "mentor");
        MentorRankings = Check(mentorRankings, "mentor", "mentee");
    }

    /// <summary>Per mentee id, the mentor ids it accepts, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MenteeRankings { get; }

    /// <summary>Per mentor id, the mentee ids it accepts, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MentorRankings { get; }

    /// <summary>
    /// The rankings scores imply: each side ranks its allowed partners by score, highest first, ties broken by id
    /// (ordinal). The stable solvers without explicit rankings use exactly these.
    /// </summary>
    public static StablePreferences FromScores(ScoreMatrix scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var mentees = Enumerable.Range(0, scores.MenteeCount).ToDictionary(
            i => scores.MenteeIds[i],
            i => (IReadOnlyList<string>)Ranked(scores.MentorCount, j => scores.IsAllowed(i, j), j => scores[i, j], scores.MentorIds),
            StringComparer.Ordinal);
        var mentors = Enumerable.Range(0, scores.MentorCount).ToDictionary(
            j => scores.MentorIds[j],
            j => (IReadOnlyList<string>)Ranked(scores.MenteeCount, i => scores.IsAllowed(i, j), i => scores[i, j], scores.MenteeIds),
            StringComparer.Ordinal);
        return new StablePreferences(mentees, mentors);
    }

    /// <summary>
    /// The rankings as indices into <paramref name="menteeIds"/> and <paramref name="mentorIds"/>, best first.
    /// </summary>
    /// <exception cref="MatchingInputException">An id is not in the matrix, or a participant of the matrix has no list.</exception>
    internal (int[][] MenteeLists, int[][] MentorLists) Indexed(IReadOnlyList<string> menteeIds, IReadOnlyList<string> mentorIds) =>
        (Indexed(MenteeRankings, menteeIds, mentorIds, "mentee", "mentor"), Indexed(MentorRankings, mentorIds, menteeIds, "mentor", "mentee"));

    private static string[] Ranked(int count, Func<int, bool> allowed, Func<int, double> score, IReadOnlyList<string> ids) =>
        [.. Enumerable.Range(0, count).Where(allowed)
            .OrderByDescending(score).ThenBy(k => ids[k], StringComparer.Ordinal)
            .Select(k => ids[k])];

    private static ReadOnlyDictionary<string, IReadOnlyList<string>> Check(
        IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, string side, string otherSide)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, list) in rankings)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new MatchingInputException($"A {side} ranking has an empty {side} id.");
            }

            if (list is null)
            {
                throw new MatchingInputException($"The ranking of {side} '{id}' is missing; give an empty list to accept no {otherSide}.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in list)
            {
                if (string.IsNullOrWhiteSpace(other))
                {
                    throw new MatchingInputException($"The ranking of {side} '{id}' has an empty {otherSide} id.");
                }

                if (!seen.Add(other))
                {
                    throw new MatchingInputException($"The ranking of {side} '{id}' lists {otherSide} '{other}' more than once.");
                }
            }

            if (!copy.TryAdd(id, list.ToArray().AsReadOnly()))
            {
                throw new MatchingInputException($"The {side} '{id}' has more than one ranking.");
            }
        }

        return copy.AsReadOnly();
    }

    private static int[][] Indexed(
        IReadOnlyDictionary<string, IReadOnlyList<string>> rankings,
        IReadOnlyList<string> ids,
        IReadOnlyList<string> otherIds,
        string side,
        string otherSide)
    {
        var known = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var id in rankings.Keys.Order(StringComparer.Ordinal))
        {
            if (!known.Contains(id))
            {
                throw new MatchingInputException($"There is a ranking for {side} '{id}', who is not a {side} of the score matrix.");
            }
        }

        var otherAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < otherIds.Count; k++)
        {
            otherAt[otherIds[k]] = k;
        }

        var lists = new int[ids.Count][];
        for (var k = 0; k < ids.Count; k++)
        {
            if (!rankings.TryGetValue(ids[k], out var list))
            {
                throw new MatchingInputException($"The {side} '{ids[k]}' has no ranking; give an empty list to accept no {otherSide}.");
            }

            lists[k] = [.. list.Select(other => otherAt.TryGetValue(other, out var at)
                ? at
                : throw new MatchingInputException($"The ranking of {side} '{ids[k]}' lists '{other}', who is not a {otherSide} of the score matrix."))];
        }

        return lists;
    }
}
