using System.Globalization;
using nietras.SeparatedValues;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

public static partial class ParticipantCsv
{
    /// <summary>
    /// Writes participants in the layout <see cref="Read(TextReader, string)"/> reads, so that reading the text back gives the same people.
    /// </summary>
    /// <remarks>
    /// The header has every known column, then one <c>skill:&lt;Area&gt;</c> column per skill area any participant has
    /// and one <c>goal:&lt;Area&gt;</c> column per learning-goal area: the default areas first, then the others in ordinal
    /// order. Numbers are written in the invariant culture in their shortest round-trip form; a value that is not given
    /// (no manager, no UTC offset, no skill in an area) is an empty cell. Cells holding a comma, a quote or a line break
    /// are quoted, with quotes doubled (written with Sep, as <see cref="Reporting.PairingCsv"/> is). Lines end with
    /// <see cref="Environment.NewLine"/>; the writer is left open.
    /// </remarks>
    /// <param name="writer">Where the CSV text goes.</param>
    /// <param name="participants">The people, written in this order.</param>
    /// <exception cref="ArgumentException">A language contains <c>;</c>, the separator of the languages cell.</exception>
    public static void Write(TextWriter writer, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(participants);
        var people = participants.ToArray();
        foreach (var person in people)
        {
            ArgumentNullException.ThrowIfNull(person, nameof(participants));
            if (person.Languages.FirstOrDefault(l => l.Contains(';', StringComparison.Ordinal)) is { } language)
            {
                throw new ArgumentException(
                    $"The participant '{person.Id}' speaks '{language}', which contains ';', the separator of the languages cell.",
                    nameof(participants));
            }
        }

        var skillAreas = AreasOf(people.Select(p => p.Skills));
        var goalAreas = AreasOf(people.Select(p => p.Goals));
        var layout = ColumnMapping.Default; // the layout Read expects when given no mapping
        string[] known =
        [
            layout.Id, layout.Name, layout.Role, layout.Department, layout.ManagerId,
            layout.Seniority, layout.Location, layout.UtcOffset, layout.Languages, layout.Capacity,
        ];
        string[] header =
        [
            .. known,
            .. skillAreas.Select(a => layout.SkillPattern.Replace(ColumnMapping.AreaPlaceholder, a, StringComparison.Ordinal)),
            .. goalAreas.Select(a => layout.GoalPattern.Replace(ColumnMapping.AreaPlaceholder, a, StringComparison.Ordinal)),
        ];

        // Columns are set by index: the header row is written as a row, so that it comes out even with no people.
        using var csv = Sep.New(',')
            .Writer(o => o with { WriteHeader = false, Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(writer, leaveOpen: true);
        WriteRow(csv, header);
        foreach (var p in people)
        {
            WriteRow(
                csv,
                [
                    p.Id,
                    p.Name,
                    ParticipantRoles.ToText(p.Role),
                    p.Department,
                    p.ManagerId,
                    Format(p.Seniority),
                    p.Location,
                    p.UtcOffset is { } offset ? Format(offset) : null,
                    string.Join(';', p.Languages),
                    p.Capacity.ToString(CultureInfo.InvariantCulture),
                    .. skillAreas.Select(a => p.Skills.TryGetValue(a, out var level) ? Format(level) : null),
                    .. goalAreas.Select(a => p.Goals.TryGetValue(a, out var goal) ? Format(goal) : null),
                ]);
        }
    }

    private static List<string> AreasOf(IEnumerable<IReadOnlyDictionary<string, double>> maps)
    {
        var all = new HashSet<string>(SkillAreas.NameComparer);
        var others = new List<string>();
        foreach (var area in maps.SelectMany(m => m.Keys))
        {
            if (all.Add(area) && !SkillAreas.Defaults.Contains(area, SkillAreas.NameComparer))
            {
                others.Add(area);
            }
        }

        return
        [
            .. SkillAreas.Defaults.Where(all.Contains),
            .. others.Order(StringComparer.Ordinal),
        ];
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteRow(SepWriter csv, string?[] cells)
    {
        using var row = csv.NewRow();
        for (var c = 0; c < cells.Length; c++)
        {
            row[c].Set(cells[c] ?? string.Empty);
        }
    }
}
