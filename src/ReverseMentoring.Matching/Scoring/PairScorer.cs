using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// A strategy that scores one allowed mentor–mentee pair. Built-ins are in <see cref="PairScorers"/>;
/// derive from this class to plug in your own.
/// </summary>
/// <remarks>
/// Contract: <see cref="Score"/> is pure and thread-safe: the same pair always gets the same values, with no state
/// kept between calls. The engine relies on it: it scores every pair once for the matrix and calls
/// <see cref="Score"/> again for the pairs whose breakdown it shows, instead of keeping every pair's components.
/// It writes one finite value per entry of <see cref="ComponentNames"/>; the pair's score is the sum of those values
/// and lies in [0, 1], so a breakdown can always be shown. The engine checks this and throws
/// <see cref="InvalidOperationException"/> naming the scorer and the pair when it is broken.
/// </remarks>
public abstract class PairScorer
{
    /// <summary>The names of the score's components, fixed for the instance, unique, in output order.</summary>
    public abstract IReadOnlyList<string> ComponentNames { get; }

    /// <summary>Scores one pair, writing one value per component into <paramref name="components"/>.</summary>
    /// <param name="mentor">The junior mentor.</param>
    /// <param name="mentee">The executive mentee.</param>
    /// <param name="components">Exactly <c>ComponentNames.Count</c> long; every entry must be written.</param>
    public abstract void Score(Participant mentor, Participant mentee, Span<double> components);

    /// <summary>
    /// Whether <see cref="AddColumns"/> runs only this library's own row kernels (no user <see cref="Score"/>), so that
    /// a row may be scored a block of columns at a time without changing the order in which user code is called.
    /// </summary>
    internal virtual bool HasBuiltInRows => false;

    /// <summary>
    /// Adds <paramref name="weight"/> times the score of <paramref name="mentee"/> with mentors
    /// <paramref name="firstMentor"/> .. <c>firstMentor + row.Length - 1</c> to <c>row[mentor - firstMentor]</c>.
    /// Built-ins override this with vector loops over the table's mentor columns; this fallback calls
    /// <see cref="Score"/> per pair into one reused scratch span and checks the contract on each pair.
    /// </summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract on a pair of the row.</exception>
    internal virtual void AddColumns(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        var mentors = table.Mentors;
        var person = table.Mentees[mentee];
        Span<double> scratch = ComponentNames.Count <= 16 ? stackalloc double[ComponentNames.Count] : new double[ComponentNames.Count];
        for (var k = 0; k < row.Length; k++)
        {
            var j = firstMentor + k;
            scratch.Clear();
            Score(mentors[j], person, scratch);
            double score = 0;
            foreach (var value in scratch)
            {
                score += value;
            }

            row[k] += weight * ScorerContract.Checked(this, table, mentee, j, score);
        }
    }
}
