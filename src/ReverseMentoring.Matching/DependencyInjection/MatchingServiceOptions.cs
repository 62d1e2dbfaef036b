namespace ReverseMentoring.Matching.DependencyInjection;

/// <summary>
/// The settable holder the Options pattern needs around the immutable <see cref="MatchingOptions"/>: configure it with
/// <c>services.AddReverseMentoringMatching(o =&gt; o.Matching = o.Matching with { ... })</c>. Each configure step starts
/// from what the previous ones left, so several calls compose.
/// </summary>
public sealed class MatchingServiceOptions
{
    /// <summary>The options of the registered <see cref="MatchingEngine"/>. Default <c>new MatchingOptions()</c>; must not be null.</summary>
    public MatchingOptions Matching { get; set; } = new();
}
