using NameGender.Core.Models;
using NameGender.Store;
using NameGender.Training;
using NameGender.Training.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Turns the exceptions that mean "the user gave something unusable" into one red line and exit
/// code 1; anything else is a bug and keeps its stack trace.
/// </summary>
internal static class UserErrors
{
    public const int UserErrorExitCode = 1;
    public const int BugExitCode = 70;

    public static int Handle(Exception exception, IReadOnlyList<string> args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var message = exception switch
        {
            CommandAppException e => OptionValueErrors.Describe(e.Message, args),
            ImportException e => e.Message,
            ModelFormatException e => e.Message,
            ModelStoreException e => e.Message,
            TrainingException e => e.Message,
            CliUsageException e => e.Message,
            // The file system's own words name the path and the problem (a folder given for a file,
            // a full disk, no permission); a trace would add nothing for the user.
            IOException e => e.Message,
            UnauthorizedAccessException e => e.Message,
            OperationCanceledException => "cancelled",
            _ => null,
        };

        if (message is null)
        {
            console.WriteException(exception);
            return BugExitCode;
        }

        console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return UserErrorExitCode;
    }
}
