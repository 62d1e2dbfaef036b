namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Runs a blocking native (OR-Tools) solve so that a cancelled token gives the caller
/// <see cref="OperationCanceledException"/> at once, although the native call itself cannot be interrupted.
/// </summary>
/// <remarks>
/// <para>
/// The work item owns its native objects: it creates them, solves, reads the results into managed values and disposes
/// them, all on its own thread. An OR-Tools object must never be disposed while its solve runs (that crashes the
/// process), so an abandoned call is left to finish and clean up on its own; the caller only stops waiting.
/// </para>
/// <para>
/// With a token that can be cancelled the work runs on a dedicated thread (<see cref="TaskCreationOptions.LongRunning"/>),
/// so a solve of seconds does not hold a thread-pool thread; with one that cannot, it runs inline, at no thread cost.
/// An exception of the work reaches a caller that still waits unchanged; one thrown after the caller left is observed
/// here, never reported as an unobserved task exception.
/// </para>
/// </remarks>
internal static class NativeSolve
{
    /// <summary>Runs <paramref name="work"/> and returns its result, or throws once <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled, before or during the work.</exception>
    public static T Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            return work();
        }

        // CancellationToken.None for the task itself: the work is never skipped or cut short by the task machinery,
        // so its native objects are always released by the work's own code.
        var task = Task.Factory.StartNew(
            work, CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        try
        {
            task.Wait(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ObserveLater(task);
            throw;
        }
        catch (AggregateException)
        {
            // The work failed: rethrown below as its own exception, not wrapped.
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>Marks a failure of an abandoned work item as seen, whenever it ends.</summary>
    private static void ObserveLater(Task task) =>
        task.ContinueWith(
            static t => _ = t.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
