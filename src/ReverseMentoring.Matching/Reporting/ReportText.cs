using System.Globalization;
using System.Text;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>Number formats and escaping shared by the Markdown and HTML reports; invariant culture throughout.</summary>
internal static class ReportText
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    public static string Amount(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Level(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "–";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bucket(ScoreBucket bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{bucket.From:0.0}–{bucket.To:0.0}");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>"Name (id)", or the id alone when the name is the id.</summary>
    public static string Person(string name, string id) => name == id ? id : $"{name} ({id})";

    /// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
    public static string Html(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),

                // Characters XML forbids would make the page unparsable as XHTML.
                _ when char.IsControl(c) && c is not '\t' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes text for Markdown inline content, table cells included: punctuation that starts emphasis, code, links,
    /// raw HTML or entities is backslash-escaped, and line breaks become spaces.
    /// </summary>
    public static string Markdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '~' or '#' or '!')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
