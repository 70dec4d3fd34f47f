using System.Globalization;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Labeling;
using NameGender.Cli.Output;
using NameGender.Core.Predictions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender label: adds gender, p_female, source and reason to every row of a CSV file. Messages,
/// progress and the summary go to standard error, so --output - leaves standard output to the CSV.
/// </summary>
internal sealed class LabelCommand : Command<LabelSettings>
{
    private const int UserErrorExitCode = 1;

    private readonly IAnsiConsole _console;
    private readonly TimeProvider _time;

    public LabelCommand()
        : this(ConsoleOutput.Error, TimeProvider.System)
    {
    }

    internal LabelCommand(IAnsiConsole console, TimeProvider time)
    {
        _console = console;
        _time = time;
    }

    public override int Execute(CommandContext context, LabelSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        try
        {
            var summary = Label(settings, cancellationToken);
            LabelReport.WriteSummary(_console, summary, settings.File, settings.Output!);
            return 0;
        }
        catch (LabelException e)
        {
            _console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return UserErrorExitCode;
        }
    }

    private LabelSummary Label(LabelSettings settings, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(settings.File);
        if (!File.Exists(settings.File))
        {
            throw new LabelException($"the input file '{settings.File}' does not exist");
        }

        if (settings.Output != LabelOutput.StandardOutput
            && string.Equals(Path.GetFullPath(settings.Output!), Path.GetFullPath(settings.File), StringComparison.Ordinal))
        {
            throw new LabelException("--output names the input file; write the labels to another file");
        }

        var model = ModelLocator.Load(settings.Model);
        var unreadable = 0L;
        var labeler = new CsvLabeler(new GenderPredictor(model, new PredictorOptions { Threshold = settings.Threshold }), _time);
        var options = new LabelOptions
        {
            Column = settings.Column!,
            BornColumn = settings.BornColumn,
            Born = settings.BornPeriod,
            Delimiter = settings.DelimiterChar,
            Encoding = settings.InputEncoding,
            Prefix = settings.Prefix,
            FileName = file,
            OnUnreadableRow = row => LabelReport.WriteUnreadable(_console, row, ++unreadable),
        };

        using var input = new FileStream(
            settings.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var output = LabelOutput.Open(settings.Output!);
        var summary = _console.Profile.Capabilities.Interactive
            ? WithProgressBar(labeler, input, output.Stream, options, cancellationToken)
            : labeler.Label(input, output.Stream, options, cancellationToken);
        output.Commit();
        return summary;
    }

    private LabelSummary WithProgressBar(
        CsvLabeler labeler, FileStream input, Stream output, LabelOptions options, CancellationToken cancellationToken) =>
        _console.Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn { Culture = CultureInfo.InvariantCulture },
                new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(options.FileName), maxValue: Math.Max(1, input.Length));
                var summary = labeler.Label(
                    input, output, options with { OnProgress = bytes => task.Value = bytes }, cancellationToken);
                task.Value = task.MaxValue;
                return summary;
            });
}
