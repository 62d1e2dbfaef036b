namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The one place that decides how department and location names compare: ordinal, ignoring case. An unknown (null)
/// name is neither the same as nor different from anything, so it never counts for or against a pair.
/// </summary>
internal static class Labels
{
    public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;

    /// <summary>Both names known and equal.</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Comparer.Equals(a, b);

    /// <summary>Both names known and not equal.</summary>
    public static bool Differ(string? a, string? b) => a is not null && b is not null && !Comparer.Equals(a, b);

    /// <summary>A key that is equal exactly when <see cref="Comparer"/> says the names are (for ordinal group labels).</summary>
    public static string? Key(string? name) => name?.ToUpperInvariant();
}
