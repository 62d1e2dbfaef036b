using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReverseMentoring.Matching.DependencyInjection;
using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Integration;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void The_engine_resolves_as_a_singleton_with_default_options()
    {
        using var provider = new ServiceCollection().AddReverseMentoringMatching().BuildServiceProvider();

        var engine = provider.GetRequiredService<MatchingEngine>();

        Assert.Same(engine, provider.GetRequiredService<MatchingEngine>());
        // The engine keeps its own copies of the lists, so compare what they hold.
        var defaults = new MatchingOptions();
        Assert.Equal(defaults with { Rules = engine.Options.Rules, PinnedPairs = engine.Options.PinnedPairs }, engine.Options);
        Assert.Equal(defaults.Rules, engine.Options.Rules);
        Assert.Empty(engine.Options.PinnedPairs);
        Assert.Same(PairScorers.Default, engine.Options.Scorer);
    }

    [Fact]
    public void Configured_options_reach_the_engine_and_its_runs()
    {
        using var provider = new ServiceCollection()
            .AddReverseMentoringMatching(o => o.Matching = o.Matching with
            {
                Objective = PairingObjective.MaxMin,
                MinimumScore = 0.65,
                Scorer = PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 0.6, ReciprocalWeight = 0.25, NetworkReachWeight = 0.15 }),
            })
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<MatchingEngine>();
        var pairing = engine.Match(Cohorts.Small());

        Assert.Equal(PairingObjective.MaxMin, engine.Options.Objective);
        Assert.Equal(0.65, engine.Options.MinimumScore);
        // ana–cfo scores 0.675, bo–cmo 0.6: the floor of 0.65 leaves cmo unmatched, which the default engine pairs.
        Assert.Equal(2, new MatchingEngine().Match(Cohorts.Small()).Pairs.Count);
        var pair = Assert.Single(pairing.Pairs);
        Assert.Equal(("zq-exec-cfo", "zq-mentor-ana"), (pair.MenteeId, pair.MentorId));
        var cmo = Assert.Single(pairing.UnmatchedMentees);
        Assert.Contains("below the minimum score", cmo.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_configure_steps_compose_and_one_engine_is_registered()
    {
        var services = new ServiceCollection()
            .AddReverseMentoringMatching(o => o.Matching = o.Matching with { Objective = PairingObjective.MaxMin })
            .AddReverseMentoringMatching(o => o.Matching = o.Matching with { LogParticipantIds = true });
        services.Configure<MatchingServiceOptions>(o => o.Matching = o.Matching with { MinimumScore = 0.1 });

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<MatchingEngine>().Options;

        Assert.Single(services, d => d.ServiceType == typeof(MatchingEngine));
        Assert.Equal(PairingObjective.MaxMin, options.Objective);
        Assert.True(options.LogParticipantIds);
        Assert.Equal(0.1, options.MinimumScore);
    }

    [Fact]
    public void The_container_logger_is_used()
    {
        var log = new CapturingLogger<MatchingEngine>();
        using var provider = new ServiceCollection()
            .AddSingleton<ILogger<MatchingEngine>>(log)
            .AddReverseMentoringMatching()
            .BuildServiceProvider();

        provider.GetRequiredService<MatchingEngine>().Match(Cohorts.Small());

        Assert.Contains(log.Events, e => e.Id.Id == MatchingEventIds.RunStarted);
        Assert.Contains(log.Events, e => e.Id.Id == MatchingEventIds.RunFinished);
    }

    [Fact]
    public void Bad_options_fail_on_first_resolve_with_the_engine_message()
    {
        using var provider = new ServiceCollection()
            .AddReverseMentoringMatching(o => o.Matching = o.Matching with { MinimumScore = double.NaN })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<MatchingEngine>());

        Assert.Contains("minimum score must be a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_matching_options_are_rejected_by_name()
    {
        using var provider = new ServiceCollection()
            .AddReverseMentoringMatching(o => o.Matching = null!)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<MatchingEngine>());

        Assert.Contains("MatchingServiceOptions.Matching must not be null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddReverseMentoringMatching());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddReverseMentoringMatching(null!));
    }
}
