namespace ReverseMentoring.Matching.Scoring;

/// <summary>One named part of a pair's score; the parts of a pair sum to its score.</summary>
/// <param name="Name">The component's name, for example <c>SkillGap</c>.</param>
/// <param name="Value">Its contribution to the score.</param>
public sealed record ScoreComponent(string Name, double Value);
