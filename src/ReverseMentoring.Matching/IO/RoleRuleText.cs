using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>The text form of a <see cref="RoleRule"/>: <c>role:Column&lt;=N</c>, <c>&gt;=N</c>, <c>=N</c> or <c>=A..B</c>.</summary>
internal static class RoleRuleText
{
    public const string ExcludeText = "exclude";

    public const string Syntax =
        "write role:Column<=N, role:Column>=N, role:Column=N or role:Column=A..B with role mentor, mentee or exclude, "
        + "for example mentor:JobLevel<=1, mentee:JobLevel>=4 or exclude:JobLevel=2..3";

    public static RoleRule Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw Bad("it is not role:condition");
        }

        var roleText = text[..colon].Trim();
        var condition = text[(colon + 1)..];
        // The first operator ends the column name, so a header may hold spaces but not '<', '>' or '='.
        var at = condition.IndexOfAny(['<', '>', '=']);
        if (at < 0)
        {
            throw Bad($"'{condition.Trim()}' has no comparison");
        }

        var column = condition[..at].Trim();
        var op = condition.AsSpan(at).StartsWith("<=") || condition.AsSpan(at).StartsWith(">=") ? condition.Substring(at, 2) : condition.Substring(at, 1);
        var value = condition[(at + op.Length)..].Trim();
        if (column.Length == 0)
        {
            throw Bad("the condition names no column");
        }

        RoleRule rule;
        if (roleText.Equals(ExcludeText, StringComparison.OrdinalIgnoreCase))
        {
            rule = RoleRule.Exclude(column);
        }
        else if (ParticipantRoles.TryParse(roleText, out var role))
        {
            rule = new RoleRule(column, role);
        }
        else
        {
            throw Bad($"'{roleText}' is not a role");
        }

        rule = op switch
        {
            "<=" => rule with { AtMost = Number(value) },
            ">=" => rule with { AtLeast = Number(value) },
            "=" when value.Split("..") is [var low, var high] => rule with { AtLeast = Number(low), AtMost = Number(high) },
            "=" => rule with { AtLeast = Number(value), AtMost = Number(value) },
            _ => throw Bad($"'{op}' is not supported; bounds are inclusive, so use <= or >="),
        };
        if (rule.AtLeast > rule.AtMost)
        {
            throw Bad("it can never match: its lower bound is above its upper bound");
        }

        return rule;
    }

    private static double Number(string text)
    {
        var trimmed = text.Trim();
        return CsvInput.TryParseNumber(trimmed, out var value) && double.IsFinite(value)
            ? value
            : throw Bad(trimmed.Length == 0 ? "a bound is missing" : $"'{trimmed}' is not a number");
    }

    private static MatchingInputException Bad(string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The role rule is not valid: {problem}; {Syntax}."));
}
