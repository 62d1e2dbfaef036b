using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReverseMentoring.Matching.Cli;

/// <summary>What <c>rmatch assign</c> prints: one line of compact JSON.</summary>
internal sealed record AssignOutput(
    string Status,
    int PairCount,
    double TotalScore,
    IReadOnlyList<AssignPair> Pairs,
    IReadOnlyList<string> UnmatchedMentees,
    IReadOnlyList<string> UnmatchedMentors);

/// <summary>One pair of <see cref="AssignOutput"/>.</summary>
internal sealed record AssignPair(string Mentee, string Mentor, double Score);

/// <summary>What <c>rmatch match --json FILE</c> writes: the shape of <see cref="AssignOutput"/> plus summary and explanations.</summary>
internal sealed record MatchOutput(
    string Status,
    int PairCount,
    double TotalScore,
    double? MeanScore,
    double? MinimumScore,
    string Solver,
    IReadOnlyList<MatchPair> Pairs,
    IReadOnlyList<string> UnmatchedMentees,
    IReadOnlyList<string> UnmatchedMentors,
    IReadOnlyList<UnmatchedEntry> Unmatched);

/// <summary>One pair of <see cref="MatchOutput"/>, with the score's components by name.</summary>
internal sealed record MatchPair(string Mentee, string Mentor, double Score, IReadOnlyDictionary<string, double> Breakdown);

/// <summary>Someone left without a partner, and why.</summary>
internal sealed record UnmatchedEntry(
    string Id, string Role, string Reason, int AllowedCandidates, IReadOnlyDictionary<string, int> Exclusions);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AssignOutput))]
[JsonSerializable(typeof(MatchOutput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>Serializes the CLI's outputs with the source-generated metadata of <see cref="CliJsonContext"/>.</summary>
internal static class CliJson
{
    // Kept out of CliJsonContext: the order of static initializers across its generated partial files is not defined.
    private static readonly JsonSerializerOptions Compact = Create(indented: false);
    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>Serializes <paramref name="value"/>; ids with accents or '+' stay readable.</summary>
    public static string Serialize<T>(T value, bool indented)
    {
        var typeInfo = (JsonTypeInfo<T>)(indented ? Indented : Compact).GetTypeInfo(typeof(T));
        return JsonSerializer.Serialize(value, typeInfo);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(CliJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.MakeReadOnly();
        return options;
    }
}
