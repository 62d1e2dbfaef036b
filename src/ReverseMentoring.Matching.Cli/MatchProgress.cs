using ReverseMentoring.Matching.Diagnostics;
using Spectre.Console;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// A transient Spectre.Console status line on standard error for the stages of <c>rmatch match</c>:
/// read → rules → score → solve → explain. It disappears when the run ends; without a terminal it does nothing.
/// </summary>
internal sealed class MatchProgress : IProgress<MatchingProgress>
{
    private readonly StatusContext? _status;

    private MatchProgress(StatusContext? status) => _status = status;

    /// <summary>Runs <paramref name="work"/>, showing its stages on <paramref name="stderr"/> when <paramref name="show"/> and the console is interactive.</summary>
    public static T Run<T>(bool show, TextWriter stderr, Func<MatchProgress, T> work)
    {
        if (show)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Detect,
                Out = new AnsiConsoleOutput(stderr),
            });
            if (console.Profile.Capabilities is { Interactive: true, Ansi: true })
            {
                return console.Status()
                    .Spinner(Spinner.Known.Dots)
                    .Start(CliText.Get("ProgressStarting"), context => work(new MatchProgress(context)));
            }
        }

        return work(new MatchProgress(null));
    }

    /// <summary>The first stage, before the engine runs.</summary>
    public void Reading(string source) => Show(CliText.Format("ProgressReading", source));

    /// <inheritdoc />
    public void Report(MatchingProgress value) => Show(value.Stage switch
    {
        MatchingStage.Validate => CliText.Get("ProgressValidate"),
        MatchingStage.Rules => CliText.Get("ProgressRules"),
        MatchingStage.Scoring => CliText.Get("ProgressScoring"),
        MatchingStage.Solving => CliText.Get("ProgressSolving"),
        MatchingStage.Explaining => CliText.Get("ProgressExplaining"),
        MatchingStage.Completed => CliText.Get("ProgressDone"),
        _ => value.Stage.ToString(),
    });

    private void Show(string text)
    {
        if (_status is not null)
        {
            _status.Status = Markup.Escape(text) + "...";
        }
    }
}
