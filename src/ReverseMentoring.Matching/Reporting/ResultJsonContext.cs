using System.Text.Json.Serialization;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>Source-generated metadata for the result documents: no reflection, trimming-safe.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AssignDocument))]
[JsonSerializable(typeof(PairingDocument))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
