using ReverseMentoring.Matching.IO;

namespace HrService;

/// <summary>
/// How large a <c>POST /pairings</c> may be, from the configuration section <c>Pairing</c> (appsettings.json, or for
/// example <c>--Pairing:MaxRequestBodyBytes=1000000</c>). A larger body gets a 413, a body over a participant limit a 400.
/// </summary>
internal sealed record PairingLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Pairing";

    /// <summary>The most bytes of a request body; Kestrel refuses more before the body is read. Default 30,000,000.</summary>
    public long MaxRequestBodyBytes { get; init; } = 30_000_000;

    /// <summary>The most participants in one request. Default the library's, 200,000.</summary>
    public int MaxParticipants { get; init; } = ParticipantReadLimits.Default.MaxParticipants;

    /// <summary>The limits from <paramref name="configuration"/>, refusing values below 1.</summary>
    /// <exception cref="InvalidOperationException">A limit is below 1.</exception>
    public static PairingLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<PairingLimits>() ?? new PairingLimits();
        return limits.MaxRequestBodyBytes < 1 || limits.MaxParticipants < 1
            ? throw new InvalidOperationException($"{Section}:{nameof(MaxRequestBodyBytes)} and {Section}:{nameof(MaxParticipants)} must be at least 1.")
            : limits;
    }

    /// <summary>The library's read limits with this service's participant limit.</summary>
    public ParticipantReadLimits ReadLimits() => ParticipantReadLimits.Default with { MaxParticipants = MaxParticipants };
}
