using ReverseMentoring.Matching.Diagnostics;

namespace ReverseMentoring.Matching.Tests.Integration;

/// <summary>A synchronous progress sink (unlike <see cref="Progress{T}"/>, which posts later) with an optional hook.</summary>
public sealed class RecordingProgress(Action<MatchingProgress>? onReport = null) : IProgress<MatchingProgress>
{
    public List<MatchingProgress> Reports { get; } = [];

    public IEnumerable<MatchingStage> Stages => Reports.Select(r => r.Stage);

    public void Report(MatchingProgress value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
