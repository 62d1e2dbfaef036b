using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// A strategy that scores one allowed mentor–mentee pair. Built-ins are in <see cref="PairScorers"/>;
/// derive from this class to plug in your own.
/// </summary>
/// <remarks>
/// Contract: <see cref="Score"/> is pure and thread-safe. It writes one finite value per entry of
/// <see cref="ComponentNames"/>; the pair's score is the sum of those values and lies in [0, 1],
/// so a breakdown can always be shown. The engine checks this and throws
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
    /// Writes <paramref name="weight"/> times each component of every pair into
    /// <c>buffer[(mentee * mentorCount + mentor) * stride + offset + component]</c>.
    /// Built-ins override this with loops over dense arrays; this fallback calls <see cref="Score"/> per pair
    /// into one reused scratch span, so user scorers allocate nothing per pair either.
    /// </summary>
    internal virtual void ScoreAll(ScoringTable table, double[] buffer, int stride, int offset, double weight)
    {
        var count = ComponentNames.Count;
        var scratch = new double[count];
        var mentors = table.Mentors;
        var mentees = table.Mentees;
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                Array.Clear(scratch);
                Score(mentors[j], mentees[i], scratch);
                var cell = (((i * mentors.Count) + j) * stride) + offset;
                for (var c = 0; c < count; c++)
                {
                    buffer[cell + c] = weight * scratch[c];
                }
            }
        }
    }
}
