using FsCheck;
using FsCheck.Fluent;

namespace ReverseMentoring.Matching.Tests.Fuzzing;

/// <summary>
/// How many inputs each fuzz property tries: a short pass by default, so the normal test run (and CI) fuzzes every
/// time in seconds; <c>RMATCH_FUZZ_ITERATIONS=5000</c> (any count) for a long pass.
/// </summary>
internal static class FuzzBudget
{
    public const string Variable = "RMATCH_FUZZ_ITERATIONS";

    private const int ShortPass = 60;

    public static int Iterations { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var n) && n > 0 ? n : ShortPass;

    /// <summary>Checks <paramref name="body"/> on <see cref="Iterations"/> inputs from <paramref name="inputs"/>; throws on the first failure.</summary>
    public static void Check<T>(Gen<T> inputs, Action<T> body) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations), Prop.ForAll(Arb.From(inputs), body));
}
