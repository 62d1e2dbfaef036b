using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// The score path sorts precomputed keys and puts ties back in id order; on larger instances with many ties it must
/// give exactly the pairing of the explicit rankings <see cref="StablePreferences.FromScores"/> builds with LINQ.
/// </summary>
public sealed class GaleShapleyTieProperties
{
    [Property(MaxTest = 60)]
    public FsCheck.Property Score_path_equals_FromScores_rankings_with_many_ties() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var (rows, columns) = (random.Next(0, 40), random.Next(0, 40));
            var scores = new double?[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    scores[i, j] = random.Next(6) == 0 ? null : random.Next(4) * 0.25; // four values: ties everywhere
                }
            }

            // Ids not in index order, so id order and row order differ.
            var matrix = new Matching.Scoring.ScoreMatrix(
                [.. Enumerable.Range(0, rows).Select(i => $"e{(i * 7) % 41:D2}-{i}")],
                [.. Enumerable.Range(0, columns).Select(j => $"m{(j * 11) % 43:D2}-{j}")],
                scores);
            var problem = new PairingProblem(
                matrix,
                [.. Enumerable.Range(0, rows).Select(_ => random.Next(1, 3))],
                [.. Enumerable.Range(0, columns).Select(_ => random.Next(1, 4))],
                minimumScore: random.Next(3) == 0 ? 0.25 : null);
            var preferences = StablePreferences.FromScores(matrix);
            foreach (var proposer in new[] { StableProposer.Mentees, StableProposer.Mentors })
            {
                var byScore = (proposer == StableProposer.Mentees ? PairingSolvers.StableMenteeProposing : PairingSolvers.StableMentorProposing).Solve(problem);
                var ranked = PairingSolvers.Stable(preferences, proposer).Solve(problem);
                Assert.Equal(ranked.Pairs, byScore.Pairs);
            }
        });
}
