using System.Globalization;
using nietras.SeparatedValues;
using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// Writes the pairs as CSV for spreadsheets and HR systems: a header row <c>mentee,mentor,score</c> followed by one
/// column per breakdown component (in scorer order), then one row per pair. Cells holding a comma, a quote or a
/// line break are quoted, with quotes doubled; numbers are invariant-culture, shortest round-trip. Text that a
/// spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return) gets a leading <c>'</c>, as OWASP recommends against CSV injection; numbers are never changed.
/// </summary>
public static class PairingCsv
{
    /// <summary>Writes the pairs of <paramref name="pairing"/> to <paramref name="writer"/>, which is left open.</summary>
    public static void Write(Pairing pairing, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentNullException.ThrowIfNull(writer);
        var components = ComponentNames(pairing);

        // Columns are set by index: a component may be called "score" too, and the header must still be written
        // when there are no pairs.
        using var csv = Sep.New(',')
            .Writer(o => o with { WriteHeader = false, Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(writer, leaveOpen: true);
        using (var header = csv.NewRow())
        {
            header[0].Set("mentee");
            header[1].Set("mentor");
            header[2].Set("score");
            for (var c = 0; c < components.Count; c++)
            {
                header[3 + c].Set(Text(components[c]));
            }
        }

        foreach (var pair in pairing.Pairs)
        {
            using var row = csv.NewRow();
            row[0].Set(Text(pair.MenteeId));
            row[1].Set(Text(pair.MentorId));
            row[2].Set(Number(pair.Score));
            for (var c = 0; c < components.Count; c++)
            {
                var value = pair.Breakdown.FirstOrDefault(b => b.Name == components[c])?.Value ?? 0;
                row[3 + c].Set(Number(value));
            }
        }
    }

    /// <summary>Every component name, in the order first met (one scorer gives every pair the same list).</summary>
    internal static IReadOnlyList<string> ComponentNames(Pairing pairing)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in pairing.Pairs.SelectMany(p => p.Breakdown))
        {
            if (seen.Add(component.Name))
            {
                names.Add(component.Name);
            }
        }

        return names;
    }

    // A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...) can leak data).
    private static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
