using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// A weighted sum of other scorers. Weights are normalised to sum to 1, so the score stays in [0, 1];
/// the components are the parts' components, each multiplied by its part's normalised weight.
/// </summary>
internal sealed class WeightedScorer : PairScorer
{
    private readonly (PairScorer Scorer, double Weight, int Offset)[] _parts;

    public WeightedScorer(IReadOnlyList<(PairScorer Scorer, double Weight)> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("A weighted scorer needs at least one part.", nameof(parts));
        }

        foreach (var (scorer, weight) in parts)
        {
            ArgumentNullException.ThrowIfNull(scorer, nameof(parts));
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(parts), weight, "Each weight must be a finite number of at least 0.");
            }
        }

        var total = parts.Sum(p => p.Weight);
        if (total <= 0 || !double.IsFinite(total))
        {
            throw new ArgumentOutOfRangeException(
                nameof(parts), total, "At least one weight must be above 0, and the weights must add up to a finite number.");
        }

        var names = new List<string>();
        _parts = new (PairScorer, double, int)[parts.Count];
        for (var k = 0; k < parts.Count; k++)
        {
            _parts[k] = (parts[k].Scorer, parts[k].Weight / total, names.Count);
            names.AddRange(parts[k].Scorer.ComponentNames);
        }

        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two parts both have a component named '{duplicate.Key}'.", nameof(parts));
        }

        ComponentNames = names.AsReadOnly();
        HasBuiltInRows = _parts.All(p => p.Scorer.HasBuiltInRows);
    }

    public override IReadOnlyList<string> ComponentNames { get; }

    public override void Score(Participant mentor, Participant mentee, Span<double> components)
    {
        foreach (var (scorer, weight, offset) in _parts)
        {
            var slice = components.Slice(offset, scorer.ComponentNames.Count);
            scorer.Score(mentor, mentee, slice);
            foreach (ref var value in slice)
            {
                value *= weight;
            }
        }
    }

    // Each part adds its own weighted row; a user part checks its contract per pair in the fallback AddColumns,
    // so a broken part is named even when the other parts would hide it in the total.
    internal override bool HasBuiltInRows { get; }

    internal override void AddColumns(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        foreach (var (scorer, partWeight, _) in _parts)
        {
            scorer.AddColumns(table, mentee, firstMentor, row, weight * partWeight);
        }
    }
}
