using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// Writes results in the documented JSON result format (<c>docs/result-format.md</c>): UTF-8, camelCase field
/// names in a fixed order, numbers as shortest round-trip decimals, ids with accents or <c>+</c> left readable.
/// </summary>
public static class PairingJson
{
    // Kept out of ResultJsonContext: the order of static initializers across its generated partial files is not defined.
    private static readonly JsonSerializerOptions Compact = Create(indented: false);
    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>The full result of a matching run as JSON text (no trailing newline).</summary>
    /// <param name="pairing">The result to write.</param>
    /// <param name="indented">Two-space indented (default) or one compact line.</param>
    public static string Serialize(Pairing pairing, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        return JsonSerializer.Serialize(ToDocument(pairing), TypeInfo<PairingDocument>(indented));
    }

    /// <summary>Writes the full result of a matching run as UTF-8 JSON (without a byte-order mark) to a stream.</summary>
    /// <param name="pairing">The result to write.</param>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="indented">Two-space indented (default) or one compact line.</param>
    public static void Write(Pairing pairing, Stream utf8Json, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(pairing), TypeInfo<PairingDocument>(indented));
    }

    /// <summary>Writes the full result of a matching run as JSON text to a writer.</summary>
    /// <param name="pairing">The result to write.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="indented">Two-space indented (default) or one compact line.</param>
    public static void Write(Pairing pairing, TextWriter writer, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Serialize(pairing, indented));
    }

    /// <summary>
    /// The result of solving a bare score matrix, in the <c>assign</c> shape of docs/score-matrix-format.md: status, pairCount,
    /// totalScore, pairs (mentee, mentor, score), unmatchedMentees, unmatchedMentors.
    /// </summary>
    /// <param name="matrix">The matrix that was solved; gives the ids and scores.</param>
    /// <param name="result">What the solver chose.</param>
    /// <param name="indented">One compact line (default) or two-space indented.</param>
    public static string Serialize(ScoreMatrix matrix, SolverResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToDocument(matrix, result), TypeInfo<AssignDocument>(indented));
    }

    internal static PairingDocument ToDocument(Pairing pairing) =>
        new(
            pairing.Status.ToString(),
            pairing.Pairs.Count,
            pairing.TotalScore,
            pairing.MeanScore,
            pairing.MinimumScore,
            pairing.SolverName,
            [.. pairing.Pairs.Select(p => new PairDocument(p.MenteeId, p.MentorId, p.Score, Breakdown(p)))],
            [.. pairing.UnmatchedMentees.Select(u => u.Id).Order(StringComparer.Ordinal)],
            [.. pairing.UnmatchedMentors.Select(u => u.Id).Order(StringComparer.Ordinal)],
            [.. pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).Select(ToDocument)],
            ScoreStatistics.Of(pairing) is { } s
                ? new ScoreStatisticsDocument(s.Count, s.Mean, s.Median, s.LowerQuartile, s.UpperQuartile, s.StandardDeviation, s.Minimum, s.Maximum)
                : null,
            pairing.Stability is { } r
                ? new StabilityDocument(r.IsStable, r.BlockingPairCount, r.OptimalPairCount, r.OptimalTotal, r.PriceOfStability)
                : null,
            pairing.ObjectiveValue,
            pairing.ObjectiveBound,
            pairing.Gap);

    internal static AssignDocument ToDocument(ScoreMatrix matrix, SolverResult result)
    {
        var pairs = result.Pairs
            .Select(p => new AssignPairDocument(matrix.MenteeIds[p.Mentee], matrix.MentorIds[p.Mentor], matrix[p.Mentee, p.Mentor]))
            .ToArray();
        var pairedMentees = result.Pairs.Select(p => p.Mentee).ToHashSet();
        var pairedMentors = result.Pairs.Select(p => p.Mentor).ToHashSet();
        return new AssignDocument(
            result.Status.ToString(),
            pairs.Length,
            pairs.Sum(p => p.Score),
            pairs,
            Unpaired(matrix.MenteeIds, pairedMentees),
            Unpaired(matrix.MentorIds, pairedMentors));
    }

    private static string[] Unpaired(IReadOnlyList<string> ids, HashSet<int> paired) =>
        [.. Enumerable.Range(0, ids.Count).Where(k => !paired.Contains(k)).Select(k => ids[k]).Order(StringComparer.Ordinal)];

    // Dictionary keeps insertion order when nothing is removed, so components stay in scorer order.
    private static Dictionary<string, double> Breakdown(MatchedPair pair)
    {
        var breakdown = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var component in pair.Breakdown)
        {
            breakdown[component.Name] = component.Value;
        }

        return breakdown;
    }

    private static UnmatchedDocument ToDocument(UnmatchedParticipant u) =>
        new(u.Id, ParticipantRoles.ToText(u.Role), u.Reason, u.AllowedCandidates, u.Exclusions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    /// <summary>The result format's serializer options (relaxed escaping, indented or compact), for writers that
    /// embed result documents in their own JSON.</summary>
    internal static JsonSerializerOptions Options(bool indented) => indented ? Indented : Compact;

    private static JsonTypeInfo<T> TypeInfo<T>(bool indented) =>
        (JsonTypeInfo<T>)Options(indented).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(ResultJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.MakeReadOnly();
        return options;
    }
}
