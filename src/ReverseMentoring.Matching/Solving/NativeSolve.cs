namespace ReverseMentoring.Matching.Solving;

/// <summary>Runs a blocking native (OR-Tools) solve. Placeholder: inline, not yet cancellable.</summary>
internal static class NativeSolve
{
    public static T Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        return work();
    }
}
