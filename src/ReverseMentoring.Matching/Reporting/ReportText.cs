using System.Globalization;
using System.Net;
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

    /// <summary>
    /// Orders ids as people read them: runs of ASCII digits compare as numbers (9 before 10 before 105), the rest
    /// ordinally; texts that differ only in leading zeros fall back to ordinal order, so the order is total.
    /// </summary>
    public static IComparer<string> NaturalComparer { get; } = Comparer<string>.Create(CompareNatural);

    private static int CompareNatural(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (startA, startB) = (i, j);
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                // Compared as digit strings without leading zeros: no overflow however long the run.
                var x = a.AsSpan(startA, i - startA).TrimStart('0');
                var y = b.AsSpan(startB, j - startB).TrimStart('0');
                var byNumber = x.Length != y.Length ? x.Length.CompareTo(y.Length) : x.SequenceCompareTo(y);
                if (byNumber != 0)
                {
                    return byNumber;
                }
            }
            else
            {
                var byChar = a[i].CompareTo(b[j]);
                if (byChar != 0)
                {
                    return byChar;
                }

                i++;
                j++;
            }
        }

        var byRest = (a.Length - i).CompareTo(b.Length - j);
        return byRest != 0 ? byRest : string.CompareOrdinal(a, b);
    }

    public static string Bucket(ScoreBucket bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{bucket.From:0.0}–{bucket.To:0.0}");

    /// <summary>"Name (id)", or the id alone when the name is the id.</summary>
    public static string Person(string name, string id) => name == id ? id : $"{name} ({id})";

    /// <summary>Escapes text for HTML element content and quoted attribute values (<see cref="WebUtility.HtmlEncode(string)"/>).</summary>
    public static string Html(string text) =>
        // Characters XML forbids would make the page unparsable as XHTML; HtmlEncode passes them through.
        WebUtility.HtmlEncode(string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = char.IsControl(source[k]) && source[k] is not '\t' ? ' ' : source[k];
            }
        }));

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
