using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReverseMentoring.Matching;
using ReverseMentoring.Matching.DependencyInjection;

// The one exception to "folder = namespace": registration extensions live in the container's own namespace, the .NET
// convention for libraries, so `services.AddReverseMentoringMatching()` is found without an extra using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reverse-mentoring engine in a service collection.</summary>
public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MatchingEngine"/> as a singleton (it is thread-safe) with the default
    /// <see cref="MatchingOptions"/> and the container's <see cref="ILogger{TCategoryName}"/> when one is registered.
    /// Calling it again adds nothing.
    /// </summary>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddReverseMentoringMatching(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MatchingServiceOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingServiceOptions>, MatchingServiceOptionsValidator>());
        services.TryAddSingleton(provider => new MatchingEngine(
            provider.GetRequiredService<IOptions<MatchingServiceOptions>>().Value.Matching,
            provider.GetService<ILogger<MatchingEngine>>()));
        return services;
    }

    /// <summary>
    /// Registers <see cref="MatchingEngine"/> as a singleton and configures its options, for example
    /// <c>o =&gt; o.Matching = o.Matching with { Objective = PairingObjective.MaxMin }</c>. Configure steps of several
    /// calls (and of <c>services.Configure&lt;MatchingServiceOptions&gt;</c>) apply in order. Bad options throw
    /// <see cref="OptionsValidationException"/> when the engine is first resolved, or when the host starts.
    /// </summary>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddReverseMentoringMatching(this IServiceCollection services, Action<MatchingServiceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddReverseMentoringMatching();
        services.Configure(configure);
        return services;
    }
}
