using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>
/// A solver chosen by the name a user types (<c>rmatch match --solver</c>, a config's <c>solver</c> section, an HTTP
/// request's options). The solver only decides how pairs are chosen; what is optimised is the objective and the
/// priority. Immutable.
/// </summary>
public sealed record SolverSettings
{
    /// <summary>The default name: <see cref="PairingSolvers.Automatic"/>.</summary>
    public const string AutomaticName = "automatic";

    /// <summary>The stable matching solver's name; the only one that takes <see cref="Proposers"/>.</summary>
    public const string StableName = "stable";

    // One table: names, in the order error messages list them, and the solver each one means.
    private static readonly (string Name, Func<StableProposer, PairingSolver> Solver)[] Catalog =
    [
        (AutomaticName, _ => PairingSolvers.Automatic),
        ("assignment", _ => PairingSolvers.LinearSumAssignment),
        ("flow", _ => PairingSolvers.MinCostFlow),
        ("cp-sat", _ => PairingSolvers.CpSat),
        (StableName, p => p == StableProposer.Mentees ? PairingSolvers.StableMenteeProposing : PairingSolvers.StableMentorProposing),
    ];

    /// <summary>
    /// The names, as typed: <c>automatic</c> (<see cref="PairingSolvers.Automatic"/>), <c>assignment</c>
    /// (<see cref="PairingSolvers.LinearSumAssignment"/>), <c>flow</c> (<see cref="PairingSolvers.MinCostFlow"/>),
    /// <c>cp-sat</c> (<see cref="PairingSolvers.CpSat"/>), <c>stable</c> (Gale–Shapley stable matching).
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Catalog.Select(c => c.Name).ToArray());

    /// <summary>The solver's name, one of <see cref="Names"/> (compared ignoring case). Default <c>automatic</c>.</summary>
    public string Name { get; init; } = AutomaticName;

    /// <summary>
    /// For <c>stable</c> only: which side proposes and so gets its best stable partners. Default null: mentees.
    /// Setting it for another solver is an error (it would silently do nothing).
    /// </summary>
    public StableProposer? Proposers { get; init; }

    /// <summary>
    /// For <c>stable</c> only: whether the run also solves the problem optimally to report the price of stability
    /// (<see cref="MatchingOptions.CompareWithOptimum"/>; the config's <c>solver.priceOfStability</c>, <c>rmatch match
    /// --price-of-stability</c>). Default false: the stability report has the blocking pairs only, and the run costs
    /// one solve, not two. Setting it for another solver is an error (it would silently do nothing).
    /// </summary>
    public bool PriceOfStability { get; init; }

    /// <summary>The solver these settings name.</summary>
    /// <exception cref="MatchingInputException">The name is not one of <see cref="Names"/>, <see cref="Proposers"/> is
    /// set for a solver other than <c>stable</c>, or it is not a defined value, or <see cref="PriceOfStability"/> is on
    /// for a solver other than <c>stable</c>.</exception>
    public PairingSolver ToSolver()
    {
        var index = Array.FindIndex(Catalog, c => string.Equals(c.Name, Name?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new MatchingInputException(ConfigText.Format("UnknownSolver", Name, string.Join(", ", Names)));
        }

        if (Proposers is { } proposers)
        {
            if (Catalog[index].Name != StableName)
            {
                throw new MatchingInputException(
                    ConfigText.Format("ProposersStableOnly", StableName, Catalog[index].Name));
            }

            if (!Enum.IsDefined(proposers))
            {
                throw new MatchingInputException(ConfigText.Format("UnknownProposers", ((int)proposers).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (PriceOfStability && Catalog[index].Name != StableName)
        {
            throw new MatchingInputException(
                ConfigText.Format("PriceOfStabilityStableOnly", StableName, Catalog[index].Name));
        }

        return Catalog[index].Solver(Proposers ?? StableProposer.Mentees);
    }
}
