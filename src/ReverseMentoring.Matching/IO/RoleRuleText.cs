using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>The text form of a <see cref="RoleRule"/>: <c>role:Column&lt;=N</c>, <c>&gt;=N</c>, <c>=N</c> or <c>=A..B</c>.</summary>
internal static class RoleRuleText
{
    public const string ExcludeText = "exclude";

    public static string Syntax => InputText.Format("RoleRuleSyntax");

    public static RoleRule Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw Bad(InputText.Format("RuleNotRoleCondition"));
        }

        var roleText = text[..colon].Trim();
        var condition = text[(colon + 1)..];
        // The first operator ends the column name, so a header may hold spaces but not '<', '>' or '='.
        var at = condition.IndexOfAny(['<', '>', '=']);
        if (at < 0)
        {
            throw Bad(InputText.Format("RuleNoComparison", condition.Trim()));
        }

        var column = condition[..at].Trim();
        var op = condition.AsSpan(at).StartsWith("<=") || condition.AsSpan(at).StartsWith(">=") ? condition.Substring(at, 2) : condition.Substring(at, 1);
        var value = condition[(at + op.Length)..].Trim();
        if (column.Length == 0)
        {
            throw Bad(InputText.Format("RuleNoColumn"));
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
            throw Bad(InputText.Format("RuleNotRole", roleText));
        }

        rule = op switch
        {
            "<=" => rule with { AtMost = Number(value) },
            ">=" => rule with { AtLeast = Number(value) },
            "=" when value.Split("..") is [var low, var high] => rule with { AtLeast = Number(low), AtMost = Number(high) },
            "=" => rule with { AtLeast = Number(value), AtMost = Number(value) },
            _ => throw Bad(InputText.Format("RuleOperatorUnsupported", op)),
        };
        if (rule.AtLeast > rule.AtMost)
        {
            throw Bad(InputText.Format("RuleNeverMatches"));
        }

        return rule;
    }

    private static double Number(string text)
    {
        var trimmed = text.Trim();
        return CsvInput.TryParseNumber(trimmed, out var value) && double.IsFinite(value)
            ? value
            : throw Bad(trimmed.Length == 0 ? InputText.Format("RuleBoundMissing") : InputText.Format("RuleNotNumber", trimmed));
    }

    private static MatchingInputException Bad(string problem) =>
        new(InputText.Format("RoleRuleNotValid", problem, Syntax));
}
