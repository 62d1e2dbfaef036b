namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The default skill areas. Any other non-empty name is a valid skill area too
/// (for example <c>Leadership</c> or <c>Strategy</c> on the executive side).
/// Skill-area names compare case-insensitively.
/// </summary>
public static class SkillAreas
{
    /// <summary>Technology: tools, platforms, AI, ways of working.</summary>
    public const string Technology = "Technology";

    /// <summary>Social media: channels, personal brand, online communities.</summary>
    public const string SocialMedia = "SocialMedia";

    /// <summary>Current trends: culture, consumer behaviour, what the next generation expects.</summary>
    public const string Trends = "Trends";

    /// <summary>The three default areas, in a fixed order.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [Technology, SocialMedia, Trends];

    /// <summary>The lowest skill level.</summary>
    public const double MinLevel = 0;

    /// <summary>The highest skill level.</summary>
    public const double MaxLevel = 5;

    /// <summary>How names of skill areas compare: case-insensitive, ordinal.</summary>
    public static StringComparer NameComparer => StringComparer.OrdinalIgnoreCase;
}
