namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>Short builders for hand-made participants (build the people with <c>Participant.Mentor</c> / <c>Mentee</c>).</summary>
internal static class People
{
    public static Dictionary<string, double> Areas(params (string Area, double Value)[] values) =>
        values.ToDictionary(v => v.Area, v => v.Value);
}
