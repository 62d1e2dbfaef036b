using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The JSON of <c>rmatch calibrate</c> and <c>rmatch sensitivity</c>: camelCase, fields in a fixed order, numbers as
/// shortest round-trip decimals. Weights are written as a run config's <c>weights</c> object, so they paste into one.
/// </summary>
internal static class AnalyticsJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Calibration(CalibrationResult result) => Write(json =>
    {
        json.WriteNumber("outcomeCount", result.OutcomeCount);
        json.WriteNumber("folds", result.Folds);
        Weights(json, "weights", result.Weights);
        json.WriteNumber("intercept", result.Intercept);
        json.WriteStartArray("components");
        foreach (var component in result.Components)
        {
            json.WriteStartObject();
            json.WriteString("name", component.Name);
            json.WriteNumber("coefficient", component.Coefficient);
            json.WriteNumber("weight", component.Weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("rmse", result.Rmse);
        NumberOrNull(json, "rSquared", result.RSquared);
        json.WriteNumber("crossValidatedRmse", result.CrossValidatedRmse);
        NumberOrNull(json, "crossValidatedRSquared", result.CrossValidatedRSquared);
    });

    public static string Sensitivity(SensitivityResult result, SensitivityOptions options) => Write(json =>
    {
        Weights(json, "weights", options.Weights);
        json.WriteNumber("perturbation", options.Perturbation);
        json.WriteNumber("trials", options.Trials);
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("baselinePairCount", result.Baseline.Pairs.Count);
        json.WriteNumber("meanChangedShare", result.MeanChangedShare);
        json.WriteNumber("maxChangedShare", result.MaxChangedShare);
        json.WriteStartArray("pairs");
        foreach (var pair in result.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("mentee", pair.MenteeId);
            json.WriteString("mentor", pair.MentorId);
            json.WriteNumber("keptShare", pair.KeptShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("trialRuns");
        foreach (var trial in result.Trials)
        {
            json.WriteStartObject();
            Weights(json, "weights", trial.Weights);
            json.WriteNumber("pairCount", trial.PairCount);
            json.WriteNumber("changedPairs", trial.ChangedPairs);
            json.WriteNumber("changedShare", trial.ChangedShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void Weights(Utf8JsonWriter json, string name, CompositeScorerOptions weights)
    {
        json.WriteStartObject(name);
        json.WriteNumber("skillGap", weights.SkillGapWeight);
        json.WriteNumber("reciprocal", weights.ReciprocalWeight);
        json.WriteNumber("networkReach", weights.NetworkReachWeight);
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
