using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace ReverseMentoring.Matching.Tests.Fuzzing;

/// <summary>
/// Bounded generators of broken inputs: a valid seed text with one to four edits of the kinds that real files get
/// (cut, truncated, a line lost or repeated, a cell emptied or given a hostile value, stray quotes, separators,
/// NULs, byte-order marks, unpaired surrogates, brackets).
/// </summary>
internal static class Mutations
{
    /// <summary>An unpaired surrogate: written to a file as an invalid UTF-8 byte.</summary>
    public const string InvalidUtf8 = "\uD800";

    /// <summary>Text put into a file at a random place or in place of a cell or number.</summary>
    private static readonly string[] Tokens =
    [
        "", "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\0", "\uFEFF", InvalidUtf8, "é", "汉字", " ", "{", "}", "[", "]", ":",
        "null", "true", "false", "mentor", "mentee", "MENTOR", "0", "-1", "1", "5", "6", "101", "0.5", "1.5", "-0", "NaN", "Infinity",
        "1e309", "-1e309", "99999999999", "2147483648", "1e-400", "0x10", "1,5", "+3", "--", "\\", "\\u0000", "//", "/*", "*/",
        "ana", "exec-ceo", "{area}", "Skill - {area}", "\"id\"", "\"role\"", "\"pinnedPairs\"", "\"capacity\"",
    ];

    /// <summary>The seed with 1 to <paramref name="most"/> edits.</summary>
    public static Gen<string> Of(string seed, int most = 4) =>
        from count in Gen.Choose(1, most)
        from edits in Edit.ArrayOf(count)
        select edits.Aggregate(seed, (text, edit) => edit.Apply(text));

    private static Gen<Mutation> Edit =>
        from kind in Gen.Choose(0, 8)
        from a in Gen.Choose(0, int.MaxValue - 1)
        from b in Gen.Choose(0, int.MaxValue - 1)
        from token in Gen.Elements(Tokens)
        select new Mutation(kind, a, b, token);

    /// <summary>One edit; positions are taken modulo the text's length, so any text accepts any edit.</summary>
    private sealed record Mutation(int Kind, int A, int B, string Token)
    {
        public string Apply(string text)
        {
            var lines = text.Split('\n').ToList();
            int At(int n, int length) => length == 0 ? 0 : n % length;
            switch (Kind)
            {
                case 0: // insert a token
                    return text.Insert(At(A, text.Length + 1), Token);
                case 1: // delete a short range
                    var start = At(A, text.Length);
                    return text.Length == 0 ? text : text.Remove(start, Math.Min(1 + (B % 8), text.Length - start));
                case 2: // truncate
                    return text[..At(A, text.Length + 1)];
                case 3: // repeat a line
                    var line = At(A, lines.Count);
                    lines.Insert(line, lines[line]);
                    return string.Join('\n', lines);
                case 4: // lose a line
                    lines.RemoveAt(At(A, lines.Count));
                    return string.Join('\n', lines);
                case 5: // swap two lines
                    var (x, y) = (At(A, lines.Count), At(B, lines.Count));
                    (lines[x], lines[y]) = (lines[y], lines[x]);
                    return string.Join('\n', lines);
                case 6: // replace a number
                    return ReplaceNth(text, A, c => char.IsAsciiDigit(c) || c is '.' or '-', Token);
                case 7: // replace a cell or a JSON value
                    return ReplaceNth(text, A, c => c is not (',' or ';' or '\n' or '\r' or ':' or '{' or '}' or '[' or ']'), Token);
                default: // the same token many times (a long line, a deep nesting)
                    return text.Insert(At(A, text.Length + 1), string.Concat(Enumerable.Repeat(Token.Length == 0 ? "[" : Token, 1 + (B % 300))));
            }
        }

        /// <summary>Replaces the n-th run of characters matching <paramref name="inRun"/> with <paramref name="token"/>.</summary>
        private static string ReplaceNth(string text, int n, Func<char, bool> inRun, string token)
        {
            var runs = new List<(int Start, int Length)>();
            for (var k = 0; k < text.Length;)
            {
                if (!inRun(text[k]))
                {
                    k++;
                    continue;
                }

                var start = k;
                while (k < text.Length && inRun(text[k]))
                {
                    k++;
                }

                runs.Add((start, k - start));
            }

            if (runs.Count == 0)
            {
                return text;
            }

            var (at, length) = runs[n % runs.Count];
            return string.Create(CultureInfo.InvariantCulture, $"{text[..at]}{token}{text[(at + length)..]}");
        }
    }
}
