using System.Globalization;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// <see cref="NativeSolve"/> with a fake native call that blocks on a gate until the test opens it. The waits below are
/// hang guards for a broken helper (a minute), never timing assertions.
/// </summary>
public class NativeSolveTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>A native call that cannot be interrupted: it blocks until released, then "disposes" its native object.</summary>
    private sealed class BlockedCall : IDisposable
    {
        private readonly ManualResetEventSlim _started = new();
        private readonly ManualResetEventSlim _release = new();
        private readonly ManualResetEventSlim _ended = new();

        public int? WorkerThread { get; private set; }

        public int? DisposedOn { get; private set; }

        public bool Completed { get; private set; }

        public bool Ended => _ended.IsSet;

        public Exception? ThrowAfterRelease { get; init; }

        public int Solve()
        {
            WorkerThread = Environment.CurrentManagedThreadId;
            try
            {
                _started.Set();
                if (!_release.Wait(HangGuard))
                {
                    return -1;
                }

                if (ThrowAfterRelease is not null)
                {
                    throw ThrowAfterRelease;
                }

                Completed = true;
                return 42;
            }
            finally
            {
                DisposedOn = Environment.CurrentManagedThreadId;
                _ended.Set();
            }
        }

        public void WaitStarted() => Assert.True(_started.Wait(HangGuard), "the fake native call never started");

        public void Release() => _release.Set();

        public void WaitEnded() => Assert.True(_ended.Wait(HangGuard), "the fake native call never ended");

        public void Dispose()
        {
            // Lets an abandoned call end before its events go away.
            _release.Set();
            if (_started.IsSet)
            {
                _ended.Wait(HangGuard);
            }

            _started.Dispose();
            _release.Dispose();
            _ended.Dispose();
        }
    }

    /// <summary>Runs <paramref name="call"/> through the helper on this thread and cancels once the call has started.</summary>
    private static Exception? RunAndCancelOnceStarted(BlockedCall call, CancellationTokenSource cts)
    {
        var canceller = Task.Run(() =>
        {
            call.WaitStarted();
            cts.Cancel();
        });
        var thrown = Record.Exception(() => NativeSolve.Run(call.Solve, cts.Token));
        canceller.GetAwaiter().GetResult();
        return thrown;
    }

    [Fact]
    public void Cancelling_throws_while_the_native_call_is_still_blocked()
    {
        using var call = new BlockedCall();
        using var cts = new CancellationTokenSource();

        var thrown = RunAndCancelOnceStarted(call, cts);

        var cancelled = Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.Equal(cts.Token, cancelled.CancellationToken);
        Assert.False(call.Ended); // still inside the uninterruptible call, which the caller no longer waits for
    }

    [Fact]
    public void An_abandoned_call_finishes_and_disposes_on_its_own_thread()
    {
        using var call = new BlockedCall();
        using var cts = new CancellationTokenSource();
        var caller = Environment.CurrentManagedThreadId;

        Assert.IsAssignableFrom<OperationCanceledException>(RunAndCancelOnceStarted(call, cts));
        call.Release();
        call.WaitEnded();

        Assert.True(call.Completed);
        Assert.Equal(call.WorkerThread, call.DisposedOn);
        Assert.NotEqual(caller, call.DisposedOn);
    }

    [Fact]
    public void A_cancellable_call_runs_on_a_dedicated_thread_and_returns_its_result()
    {
        using var cts = new CancellationTokenSource();
        var caller = Environment.CurrentManagedThreadId;
        (int Thread, bool Pool) ran = default;

        var result = NativeSolve.Run(
            () =>
            {
                ran = (Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread);
                return "done";
            },
            cts.Token);

        Assert.Equal("done", result);
        Assert.NotEqual(caller, ran.Thread);
        Assert.False(ran.Pool); // a long native call must not hold a thread-pool thread
    }

    [Fact]
    public void The_call_sees_the_callers_culture_on_its_own_thread()
    {
        // Messages worded inside a solve follow the caller's UI culture (Spanish solver messages).
        using var cts = new CancellationTokenSource();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            var seen = NativeSolve.Run(() => (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), cts.Token);

            Assert.Equal(("es", "es"), seen);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void An_uncancellable_token_runs_inline_on_the_callers_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var ranOn = 0;

        var result = NativeSolve.Run(() => ranOn = Environment.CurrentManagedThreadId, CancellationToken.None);

        Assert.Equal(caller, ranOn);
        Assert.Equal(caller, result);
    }

    [Fact]
    public void An_already_cancelled_token_throws_without_starting_the_call()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var started = false;

        Assert.ThrowsAny<OperationCanceledException>(() => NativeSolve.Run(() => started = true, cts.Token));
        Assert.False(started);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_exception_of_the_call_reaches_the_caller_unchanged(bool cancellable)
    {
        using var cts = new CancellationTokenSource();
        var failure = new InvalidOperationException("native status");

        var thrown = Record.Exception(() => NativeSolve.Run<int>(() => throw failure, cancellable ? cts.Token : CancellationToken.None));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public void An_operation_cancelled_inside_the_call_reaches_the_caller_unchanged()
    {
        // The call checks another token between its own steps; not the caller's cancellation, so passed on as it is.
        using var cts = new CancellationTokenSource();
        var inner = new OperationCanceledException("inner");

        var thrown = Record.Exception(() => NativeSolve.Run<int>(() => throw inner, cts.Token));

        Assert.Same(inner, thrown);
    }

    [Fact]
    public void A_failure_after_the_caller_left_is_observed_not_left_unobserved()
    {
        var failure = new InvalidOperationException("after the caller left");
        var unobserved = false;
        void Watch(object? sender, UnobservedTaskExceptionEventArgs e) =>
            unobserved |= e.Exception.Flatten().InnerExceptions.Contains(failure);

        TaskScheduler.UnobservedTaskException += Watch;
        try
        {
            AbandonACallThatThenFails(failure);
            for (var round = 0; round < 20; round++)
            {
                // The failed task is collected only after its thread ends it: a few rounds give the finalizer its chance.
                Thread.Sleep(10);
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Watch;
        }

        Assert.False(unobserved);
    }

    private static void AbandonACallThatThenFails(Exception failure)
    {
        using var call = new BlockedCall { ThrowAfterRelease = failure };
        using var cts = new CancellationTokenSource();
        Assert.IsAssignableFrom<OperationCanceledException>(RunAndCancelOnceStarted(call, cts));
        call.Release();
        call.WaitEnded();
    }
}
