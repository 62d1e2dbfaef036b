using Microsoft.Extensions.Options;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.DependencyInjection;

/// <summary>
/// Checks configured options exactly as the engine does, by building one (cheap: an engine holds no solver state), so a
/// bad option fails when the options are first read, or at host start, with the engine's own message.
/// </summary>
internal sealed class MatchingServiceOptionsValidator : IValidateOptions<MatchingServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingServiceOptions options)
    {
        if (options.Matching is null)
        {
            return ValidateOptionsResult.Fail($"{nameof(MatchingServiceOptions)}.{nameof(MatchingServiceOptions.Matching)} must not be null.");
        }

        try
        {
            _ = new MatchingEngine(options.Matching);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is MatchingInputException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
