using ReverseMentoring.Matching.IO;

namespace ReverseMentoring.Matching.Configuration;

/// <summary><c>columns.derive</c>: skill levels and goals read off other columns, to and from <see cref="DerivedArea"/>.</summary>
internal static class ConfigDerive
{
    private static string Example => ConfigText.Format("DeriveExample");

    public static DerivedArea[] Read(Dictionary<string, DeriveDto>? derive, JsonInput input)
    {
        var result = new List<DerivedArea>();
        foreach (var (key, dto) in derive ?? [])
        {
            var at = "$.columns.derive" + JsonInput.Segment(key);
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? string.Empty : key[..colon].Trim();
            var area = colon < 0 ? string.Empty : key[(colon + 1)..].Trim();
            var isGoal = kind.Equals("goal", StringComparison.OrdinalIgnoreCase);
            if (!(isGoal || kind.Equals("skill", StringComparison.OrdinalIgnoreCase)) || area.Length == 0)
            {
                throw input.Error(at, ConfigText.Format("DeriveName", key, Example));
            }

            if (string.IsNullOrWhiteSpace(dto?.Column) || dto.Values is null)
            {
                throw input.Error(at, ConfigText.Format("DeriveNeeds", key, Example));
            }

            var derived = new DerivedArea(dto.Column.Trim(), area, isGoal) { Values = dto.Values, Default = dto.Default };
            if (derived.FindProblems().FirstOrDefault() is { } problem)
            {
                throw input.Error(at, problem);
            }

            result.Add(derived);
        }

        return [.. result];
    }

    public static Dictionary<string, DeriveDto>? Write(IReadOnlyList<DerivedArea> derived) =>
        derived.Count == 0
            ? null
            : derived.ToDictionary(
                d => d.Target,
                d => new DeriveDto { Column = d.Column, Values = d.Values.ToDictionary(v => v.Key, v => v.Value), Default = d.Default });
}
