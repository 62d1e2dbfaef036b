using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>A user-written rule: mentor and mentee must share a language. One small class, no library change.</summary>
public sealed class SharedLanguageRule : PairRule
{
    public override string Name => "language";

    public override string ExclusionReason => "without a shared language";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.Languages.Intersect(mentee.Languages, StringComparer.OrdinalIgnoreCase).Any();
}

/// <summary>A user rule that forbids one named mentor; used to check rule order.</summary>
public sealed class ForbidMentorRule(string name, string mentorId) : PairRule
{
    public override string Name => name;

    public override string ExclusionReason => $"forbidden by {name}";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) => mentor.Id != mentorId;
}

/// <summary>A user-written scorer: 1 when the pair shares a language, else 0.</summary>
public sealed class SharedLanguageScorer : PairScorer
{
    public override IReadOnlyList<string> ComponentNames { get; } = ["SharedLanguage"];

    public override void Score(Participant mentor, Participant mentee, Span<double> components) =>
        components[0] = mentor.Languages.Intersect(mentee.Languages, StringComparer.OrdinalIgnoreCase).Any() ? 1 : 0;
}

/// <summary>A user scorer with a hand-written table of scores by (mentee id, mentor id); missing pairs score 0.</summary>
public sealed class TableScorer(IReadOnlyDictionary<(string Mentee, string Mentor), double> table) : PairScorer
{
    public override IReadOnlyList<string> ComponentNames { get; } = ["Table"];

    public override void Score(Participant mentor, Participant mentee, Span<double> components) =>
        components[0] = table.TryGetValue((mentee.Id, mentor.Id), out var s) ? s : 0;
}

/// <summary>A user scorer that breaks the contract by returning a fixed value (2, NaN, -1, ...).</summary>
public sealed class BrokenScorer(double value) : PairScorer
{
    public override IReadOnlyList<string> ComponentNames { get; } = ["Broken"];

    public override void Score(Participant mentor, Participant mentee, Span<double> components) => components[0] = value;
}
