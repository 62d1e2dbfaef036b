using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Derives a participant's role from a number in one column of an HR export, for example
/// "seniority 4 or above is a mentee": <c>new RoleRule("seniority", ParticipantRole.Mentee) { AtLeast = 4 }</c>.
/// </summary>
/// <remarks>
/// <para>
/// A row matches when its number lies within <see cref="AtLeast"/> and <see cref="AtMost"/> (both inclusive;
/// a bound left null is open). A row that matches rules of one role gets that role; one that matches rules of both
/// roles is an error. A row that matches no rule, or any rule with <see cref="Excludes"/>, is not in this programme:
/// it is left out and counted (<see cref="ParticipantReadResult.LeftOutRows"/>), not an error.
/// </para>
/// <para>
/// As text (<c>rmatch --role-rule</c>, <see cref="Parse"/>): <c>role:Column&lt;=N</c>, <c>role:Column&gt;=N</c>,
/// <c>role:Column=N</c> or <c>role:Column=A..B</c>, where role is <c>mentor</c>, <c>mentee</c> or <c>exclude</c>;
/// for example <c>mentor:JobLevel&lt;=1</c>, <c>mentee:JobLevel&gt;=4</c>, <c>exclude:JobLevel=2..3</c>.
/// </para>
/// </remarks>
/// <param name="Column">
/// The column holding the number: one of our field names (<c>seniority</c>, <c>capacity</c>, ...), which stands for
/// the header that field is mapped to, or the header text of any other column of the export.
/// </param>
/// <param name="Role">The role of a row that matches.</param>
public sealed record RoleRule(string Column, ParticipantRole Role)
{
    /// <summary>The smallest number that matches (inclusive). Default null: no lower bound.</summary>
    public double? AtLeast { get; init; }

    /// <summary>The largest number that matches (inclusive). Default null: no upper bound.</summary>
    public double? AtMost { get; init; }

    /// <summary>
    /// Whether a matching row is left out of the programme, whatever other rules say. Default false.
    /// <see cref="Role"/> is not used when true.
    /// </summary>
    public bool Excludes { get; init; }

    /// <summary>A rule that leaves matching rows out of the programme (<see cref="Excludes"/>).</summary>
    /// <param name="column">The column holding the number, as for <see cref="Column"/>.</param>
    public static RoleRule Exclude(string column) => new(column, ParticipantRole.Mentor) { Excludes = true };

    /// <summary>
    /// Reads a rule written as <c>role:Column&lt;=N</c>, <c>role:Column&gt;=N</c>, <c>role:Column=N</c> or
    /// <c>role:Column=A..B</c> (role <c>mentor</c>, <c>mentee</c> or <c>exclude</c>; bounds inclusive).
    /// </summary>
    /// <param name="text">The rule, for example <c>mentee:JobLevel&gt;=4</c>.</param>
    /// <exception cref="MatchingInputException">The text does not follow the syntax; the message shows it.</exception>
    public static RoleRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RoleRuleText.Parse(text);
    }

    /// <summary>Whether <paramref name="value"/> lies within the bounds.</summary>
    public bool Matches(double value) =>
        (AtLeast is not { } low || value >= low) && (AtMost is not { } high || value <= high);

    /// <summary>The rule as text, for example <c>seniority &gt;= 4 -&gt; Mentee</c>.</summary>
    public override string ToString()
    {
        var bounds = (AtLeast, AtMost) switch
        {
            ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low} <= {Column} <= {high}"),
            ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"{Column} >= {low}"),
            (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"{Column} <= {high}"),
            _ => $"any {Column}",
        };
        return Excludes ? $"{bounds} -> left out" : $"{bounds} -> {Role}";
    }
}
