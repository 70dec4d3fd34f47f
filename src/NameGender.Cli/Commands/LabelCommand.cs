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
    private const int InputBufferSize = 1 << 16;

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

    public override int Execute(
        CommandContext context, LabelSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        try
        {
            CheckFiles(settings);
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

    // Before the model loads (a second or two), so a mistyped path fails at once.
    private static void CheckFiles(LabelSettings settings)
    {
        if (!File.Exists(settings.File))
        {
            throw new LabelException($"the input file '{settings.File}' does not exist");
        }

        var output = settings.Output!;
        var input = Path.GetFullPath(settings.File);
        if (output != LabelOutput.StandardOutput
            && string.Equals(Path.GetFullPath(output), input, StringComparison.Ordinal))
        {
            throw new LabelException("--output names the input file; write the labels to another file");
        }
    }

    private LabelSummary Label(LabelSettings settings, CancellationToken cancellationToken)
    {
        var model = ModelLocator.Load(settings.Model);
        BornRange.CheckAgainst(settings.BornPeriod, model);
        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = settings.Threshold });
        var labeler = new CsvLabeler(predictor, _time);
        var unreadable = 0L;
        var options = new LabelOptions
        {
            Column = settings.Column!,
            BornColumn = settings.BornColumn,
            Born = settings.BornPeriod,
            CountryColumn = settings.CountryColumn,
            Country = settings.CountryCodeOrNull,
            Delimiter = settings.DelimiterChar,
            Encoding = settings.InputEncoding,
            Prefix = settings.Prefix,
            FileName = Path.GetFileName(settings.File),
            OnUnreadableRow = row => LabelReport.WriteUnreadable(_console, row, ++unreadable),
        };

        using var input = new FileStream(
            settings.File,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            InputBufferSize,
            FileOptions.SequentialScan);
        using var output = LabelOutput.Open(settings.Output!);

        // A bar on a terminal, unless the labelled rows themselves are going to that terminal.
        var showBar = _console.Profile.Capabilities.Interactive
            && (settings.Output != LabelOutput.StandardOutput || Console.IsOutputRedirected);
        var summary = showBar
            ? WithProgressBar(labeler, input, output.Stream, options, cancellationToken)
            : labeler.Label(input, output.Stream, options, cancellationToken);
        output.Commit();
        return summary;
    }

    private LabelSummary WithProgressBar(
        CsvLabeler labeler,
        FileStream input,
        Stream output,
        LabelOptions options,
        CancellationToken cancellationToken) =>
        _console.Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn { Culture = CultureInfo.InvariantCulture },
                new RemainingTimeColumn())
            .Start(progress =>
            {
                var bytes = progress.AddTask(
                    Markup.Escape(options.FileName), maxValue: Math.Max(1, input.Length));
                var reporting = options with { OnProgress = read => bytes.Value = read };
                var summary = labeler.Label(input, output, reporting, cancellationToken);
                bytes.Value = bytes.MaxValue;
                return summary;
            });
}
