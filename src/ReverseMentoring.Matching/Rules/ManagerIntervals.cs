using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>
/// The manager forest of a cohort numbered in depth-first order: each participant's subtree (everyone they manage,
/// directly or indirectly) is the interval (<c>Enter</c>, <c>End</c>) after their own number, so "a manages b" is two
/// integer compares. As in <see cref="Cohort.Manages"/>, a manager id that is not a participant ends the chain.
/// </summary>
internal sealed class ManagerIntervals
{
    private ManagerIntervals(int[] menteeEnter, int[] menteeEnd, int[] mentorEnter, int[] mentorEnd)
    {
        MenteeEnter = menteeEnter;
        MenteeEnd = menteeEnd;
        MentorEnter = mentorEnter;
        MentorEnd = mentorEnd;
    }

    /// <summary>Depth-first numbers, indexed like <see cref="Cohort.Mentees"/>.</summary>
    public int[] MenteeEnter { get; }

    /// <summary>One past the last number in each mentee's subtree.</summary>
    public int[] MenteeEnd { get; }

    /// <summary>Depth-first numbers, indexed like <see cref="Cohort.Mentors"/>.</summary>
    public int[] MentorEnter { get; }

    /// <summary>One past the last number in each mentor's subtree.</summary>
    public int[] MentorEnd { get; }

    /// <summary>Whether the participant numbered <paramref name="manager"/> (with subtree end <paramref name="managerEnd"/>) is above the one numbered <paramref name="report"/>.</summary>
    public static bool Manages(int manager, int managerEnd, int report) => (manager < report) & (report < managerEnd);

    public static ManagerIntervals Build(Cohort cohort)
    {
        // Mentees first, then mentors: one index space over every participant.
        var people = cohort.Mentees.Concat(cohort.Mentors).ToArray();
        var n = people.Length;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var k = 0; k < n; k++)
        {
            index.Add(people[k].Id, k);
        }

        var parent = new int[n];
        var childCount = new int[n + 1];
        for (var k = 0; k < n; k++)
        {
            parent[k] = people[k].ManagerId is { } boss && index.TryGetValue(boss, out var p) ? p : -1;
            if (parent[k] >= 0)
            {
                childCount[parent[k]]++;
            }
        }

        // Children in one array (compressed rows): node k's children are children[first[k]..first[k + 1]).
        var first = new int[n + 1];
        for (var k = 0; k < n; k++)
        {
            first[k + 1] = first[k] + childCount[k];
        }

        var children = new int[first[n]];
        var filled = first[..n];
        for (var k = 0; k < n; k++)
        {
            if (parent[k] >= 0)
            {
                children[filled[parent[k]]++] = k;
            }
        }

        // Pre-order numbering with an explicit stack (chains can be thousands deep); a subtree's numbers are contiguous.
        var enter = new int[n];
        var order = new int[n];
        var stack = new Stack<int>();
        var next = 0;
        for (var root = 0; root < n; root++)
        {
            if (parent[root] >= 0)
            {
                continue;
            }

            stack.Push(root);
            while (stack.Count > 0)
            {
                var k = stack.Pop();
                enter[k] = next;
                order[next++] = k;
                for (var c = first[k]; c < first[k + 1]; c++)
                {
                    stack.Push(children[c]);
                }
            }
        }

        // Subtree sizes, leaves up (reverse pre-order visits every child before its parent).
        var size = new int[n];
        for (var t = next - 1; t >= 0; t--)
        {
            var k = order[t];
            size[k]++;
            if (parent[k] >= 0)
            {
                size[parent[k]] += size[k];
            }
        }

        var mentees = cohort.Mentees.Count;
        var end = new int[n];
        for (var k = 0; k < n; k++)
        {
            end[k] = enter[k] + size[k];
        }

        return new ManagerIntervals(enter[..mentees], end[..mentees], enter[mentees..], end[mentees..]);
    }
}
