using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Derives a participant's role from a number in one column of an HR export, for example
/// "level 4 or above is a mentee": <c>new RoleRule("level", ParticipantRole.Mentee) { AtLeast = 4 }</c>.
/// </summary>
/// <remarks>
/// A row matches when its number lies within <see cref="AtLeast"/> and <see cref="AtMost"/> (both inclusive;
/// a bound left null is open). Each row must match exactly one rule of a <see cref="ColumnMapping"/>.
/// </remarks>
/// <param name="Column">
/// The column holding the number: one of our field names (<c>level</c>, <c>capacity</c>, ...), which stands for
/// the header that field is mapped to, or the header text of any other column of the export.
/// </param>
/// <param name="Role">The role of a row that matches.</param>
public sealed record RoleRule(string Column, ParticipantRole Role)
{
    /// <summary>The smallest number that matches (inclusive). Default null: no lower bound.</summary>
    public double? AtLeast { get; init; }

    /// <summary>The largest number that matches (inclusive). Default null: no upper bound.</summary>
    public double? AtMost { get; init; }

    /// <summary>Whether <paramref name="value"/> lies within the bounds.</summary>
    public bool Matches(double value) =>
        (AtLeast is not { } low || value >= low) && (AtMost is not { } high || value <= high);

    /// <summary>The rule as text, for example <c>level &gt;= 4 -&gt; Mentee</c>.</summary>
    public override string ToString()
    {
        var bounds = (AtLeast, AtMost) switch
        {
            ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low} <= {Column} <= {high}"),
            ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"{Column} >= {low}"),
            (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"{Column} <= {high}"),
            _ => $"any {Column}",
        };
        return $"{bounds} -> {Role}";
    }
}
