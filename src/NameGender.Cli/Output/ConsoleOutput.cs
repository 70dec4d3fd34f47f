using Spectre.Console;

namespace NameGender.Cli.Output;

/// <summary>
/// The consoles commands write to: results to standard output, messages and progress to standard
/// error. When output is redirected, colours are off and lines are not wrapped at 80 columns.
/// </summary>
internal static class ConsoleOutput
{
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 240;
        }

        return console;
    }
}
