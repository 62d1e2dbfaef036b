using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// Scores of mentee rows × mentor columns, with the pairs that are not allowed marked. Immutable.
/// This is all a solver sees: ids, numbers and which cells are allowed.
/// </summary>
/// <remarks>
/// One dense row-major array and nothing beside it: a cell that is not allowed holds NaN. A matrix given by the
/// caller keeps its doubles; the engine's own matrix (scores in [0, 1]) is stored as float32, half the memory, which
/// is finer than the solvers' integer cost resolution at the sizes where memory matters.
/// </remarks>
public sealed class ScoreMatrix
{
    /// <summary>
    /// The largest score magnitude accepted: 1e300, so that the total of any pairing stays a finite number
    /// (a double reaches infinity near 1.8e308).
    /// </summary>
    public const double MaxMagnitude = 1e300;

    // Exactly one of the two is set; NaN marks a pair that is not allowed.
    private readonly double[]? _doubles;
    private readonly float[]? _singles;

    /// <summary>Creates a matrix; a null cell means the pair is not allowed.</summary>
    /// <param name="menteeIds">Row ids, unique and not empty.</param>
    /// <param name="mentorIds">Column ids, unique and not empty.</param>
    /// <param name="scores">One row per mentee, one column per mentor; allowed cells finite and at most <see cref="MaxMagnitude"/> in magnitude (they may be negative).</param>
    /// <exception cref="MatchingInputException">An id is empty or repeated, the shape does not fit, or a score is NaN, infinite or larger than <see cref="MaxMagnitude"/>.</exception>
    public ScoreMatrix(IReadOnlyList<string> menteeIds, IReadOnlyList<string> mentorIds, double?[,] scores)
    {
        ArgumentNullException.ThrowIfNull(menteeIds);
        ArgumentNullException.ThrowIfNull(mentorIds);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.GetLength(0) != menteeIds.Count || scores.GetLength(1) != mentorIds.Count)
        {
            throw new MatchingInputException(
                $"The scores are {scores.GetLength(0)} x {scores.GetLength(1)}, but there are {menteeIds.Count} mentees and {mentorIds.Count} mentors.");
        }

        MenteeIds = CheckIds(menteeIds, "mentee");
        MentorIds = CheckIds(mentorIds, "mentor");
        _doubles = new double[(long)menteeIds.Count * mentorIds.Count];
        Array.Fill(_doubles, double.NaN);
        for (var i = 0; i < menteeIds.Count; i++)
        {
            for (var j = 0; j < mentorIds.Count; j++)
            {
                if (scores[i, j] is not { } score)
                {
                    continue;
                }

                if (!double.IsFinite(score) || Math.Abs(score) > MaxMagnitude)
                {
                    throw new MatchingInputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"The score of mentee '{MenteeIds[i]}' with mentor '{MentorIds[j]}' must be a finite number no larger than 1e300 in magnitude, but was {score}."));
                }

                _doubles[(i * mentorIds.Count) + j] = score;
            }
        }
    }

    /// <summary>
    /// Wraps a dense float32 row-major array the caller hands over (no copy): NaN marks a pair that is not allowed,
    /// every other cell is finite. Ids are already checked.
    /// </summary>
    internal ScoreMatrix(string[] menteeIds, string[] mentorIds, float[] scores)
    {
        if (scores.LongLength != (long)menteeIds.Length * mentorIds.Length)
        {
            throw new ArgumentException("The scores do not fit the ids.", nameof(scores));
        }

        MenteeIds = menteeIds.AsReadOnly();
        MentorIds = mentorIds.AsReadOnly();
        _singles = scores;
    }

    /// <summary>
    /// Wraps a dense double row-major array the caller hands over (no copy): NaN marks a pair that is not allowed,
    /// every other cell finite. Ids are taken from a matrix that already checked them (a variant of it).
    /// </summary>
    internal ScoreMatrix(IReadOnlyList<string> menteeIds, IReadOnlyList<string> mentorIds, double[] scores)
    {
        if (scores.LongLength != (long)menteeIds.Count * mentorIds.Count)
        {
            throw new ArgumentException("The scores do not fit the ids.", nameof(scores));
        }

        MenteeIds = menteeIds;
        MentorIds = mentorIds;
        _doubles = scores;
    }

    /// <summary>A copy of every cell, row-major, in double precision (NaN: not allowed): the start of a variant.</summary>
    internal double[] CopyCells()
    {
        var cells = new double[CellCount];
        for (long k = 0; k < cells.LongLength; k++)
        {
            cells[k] = At(k);
        }

        return cells;
    }

    /// <summary>The mentee ids, one per row.</summary>
    public IReadOnlyList<string> MenteeIds { get; }

    /// <summary>The mentor ids, one per column.</summary>
    public IReadOnlyList<string> MentorIds { get; }

    /// <summary>How many rows (mentees).</summary>
    public int MenteeCount => MenteeIds.Count;

    /// <summary>How many columns (mentors).</summary>
    public int MentorCount => MentorIds.Count;

    /// <summary>Whether the pair is allowed.</summary>
    public bool IsAllowed(int mentee, int mentor) => !double.IsNaN(At(Cell(mentee, mentor)));

    /// <summary>The score of a pair; 0 for a pair that is not allowed.</summary>
    public double this[int mentee, int mentor]
    {
        get
        {
            var score = At(Cell(mentee, mentor));
            return double.IsNaN(score) ? 0 : score;
        }
    }

    /// <summary>How many pairs are allowed.</summary>
    public int AllowedCount
    {
        get
        {
            var count = 0;
            for (long k = 0; k < CellCount; k++)
            {
                count += double.IsNaN(At(k)) ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>Rows × columns.</summary>
    internal long CellCount => (long)MenteeCount * MentorCount;

    /// <summary>The float32 cells when the engine built this matrix (NaN: not allowed), for loops that read them in bulk.</summary>
    internal float[]? Singles => _singles;

    /// <summary>The raw cell, row-major, unchecked: NaN when the pair is not allowed.</summary>
    internal double At(long cell) => _singles is { } singles ? singles[cell] : _doubles![cell];

    private int Cell(int mentee, int mentor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mentee);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentee, MenteeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(mentor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentor, MentorCount);
        return (mentee * MentorCount) + mentor;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> CheckIds(IReadOnlyList<string> ids, string side)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new MatchingInputException($"A {side} id is empty.");
            }

            if (!seen.Add(id))
            {
                throw new MatchingInputException($"The {side} id '{id}' is used more than once.");
            }
        }

        return ids.ToArray().AsReadOnly();
    }
}
