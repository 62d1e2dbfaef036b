using System.Collections.ObjectModel;
using System.Globalization;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// A skill level or learning goal read off another column of an HR export that has no skill columns, by a table of
/// that column's values: for example the technology skill from the job role,
/// <c>new DerivedArea("JobRole", "Technology", IsGoal: false) { Values = { ["Research Scientist"] = 5 }, Default = 1 }</c>.
/// </summary>
/// <remarks>
/// Cell values compare case-insensitively after trimming. A value not in <see cref="Values"/> takes
/// <see cref="Default"/>; without a default it is an error naming the cell, so a department missing from the table is
/// not silently scored 0. An empty cell takes the default, or gives no level when there is none. Levels are 0–5 for a
/// skill and 0–1 for a goal.
/// </remarks>
/// <param name="Column">
/// The column read: one of our field names (<c>department</c>, <c>seniority</c>, ...), which stands for the header that
/// field is mapped to, or the header text of any other column of the export.
/// </param>
/// <param name="Area">The skill area that gets the level, for example <c>Technology</c>.</param>
/// <param name="IsGoal">True for a learning goal (0–1), false for a skill level (0–5).</param>
public sealed record DerivedArea(string Column, string Area, bool IsGoal)
{
    private readonly IReadOnlyDictionary<string, double> _values = ReadOnlyDictionary<string, double>.Empty;

    /// <summary>Each cell value and the level it stands for. Default none.</summary>
    public IReadOnlyDictionary<string, double> Values
    {
        get => _values;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            foreach (var (text, level) in value)
            {
                copy[text.Trim()] = level;
            }

            _values = copy.AsReadOnly();
        }
    }

    /// <summary>The level of a value not in <see cref="Values"/>. Default null: such a value is an error.</summary>
    public double? Default { get; init; }

    /// <summary>The target as the config names it: <c>skill:Technology</c> or <c>goal:Technology</c>.</summary>
    public string Target => (IsGoal ? "goal:" : "skill:") + Area;

    /// <summary>The highest level allowed: 5 for a skill, 1 for a goal.</summary>
    internal double Maximum => IsGoal ? 1 : 5;

    /// <summary>Every problem of this derivation, as sentences; empty when it can be used.</summary>
    internal IEnumerable<string> FindProblems()
    {
        if (string.IsNullOrWhiteSpace(Column))
        {
            yield return InputText.Format("DeriveNoColumn", Target);
        }

        if (string.IsNullOrWhiteSpace(Area))
        {
            yield return InputText.Format("DeriveNoArea");
        }

        foreach (var (text, level) in Values.Select(v => (v.Key, (double?)v.Value)).Append((InputText.Format("DeriveDefault"), Default)))
        {
            if (level is { } l && !(l >= 0 && l <= Maximum))
            {
                yield return InputText.Format(
                    IsGoal ? "DeriveGoalOutOfRange" : "DeriveSkillOutOfRange", Target, text, l.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The derivation as text, for example <c>skill:Technology from JobRole</c>.</summary>
    public override string ToString() => $"{Target} from {Column}";
}
