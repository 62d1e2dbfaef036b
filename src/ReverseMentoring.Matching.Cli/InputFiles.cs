using System.CommandLine;

namespace ReverseMentoring.Matching.Cli;

/// <summary>The files a verb reads, named to its output set so that no output can replace one of them.</summary>
internal static class InputFiles
{
    /// <summary>Protects the participants file and the config file of <paramref name="input"/>, when given.</summary>
    public static void Protect(AtomicFileSet files, ParticipantInput input, ParseResult parsed)
    {
        if (!input.UsesSample(parsed) && parsed.GetValue(input.Participants) is { } participants)
        {
            files.ProtectInput(participants, CliText.Get("InputParticipants"));
        }

        if (parsed.GetValue(input.Config) is { } config)
        {
            files.ProtectInput(config, CliText.Get("InputConfig"));
        }
    }
}
