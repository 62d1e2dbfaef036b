using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The solvers' messages to a person: SolvingStrings.resx (English) and SolvingStrings.&lt;language&gt;.resx, read in
/// the current UI culture's language like the input messages. Numbers are filled in invariantly.
/// </summary>
internal static class SolvingText
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Solving.SolvingStrings");

    /// <summary>The message <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] args) => Table.FormatForUiCulture(key, args);

    /// <summary>The items joined with the language's "and" ("a and b and c"); empty for none, as string.Join was.</summary>
    public static string And(IEnumerable<string> items) => items.DefaultIfEmpty(string.Empty).Aggregate((left, right) => SolvingText.Format("And", left, right));

    /// <summary>The engine's error for side constraints that cannot hold with the pinned pairs, with the solver's reason.</summary>
    public static string SideConstraintsCannotHold(SolverResult solved) =>
        SolvingText.Format("SideConstraintsCannotHold", And(solved.InfeasibleConstraints), solved.InfeasibilityReason);
}
