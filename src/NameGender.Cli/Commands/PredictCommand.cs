using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Predictions;
using NameGender.Core.Serialization;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender predict: one answer per name, as a table or JSON.</summary>
internal sealed class PredictCommand : Command<PredictSettings>
{
    public override int Execute(CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        var names = settings.Names.Length > 0 ? settings.Names : ReadStandardInput();
        if (names.Count == 0)
        {
            throw new CliUsageException("give names as arguments, or on standard input one per line");
        }

        var model = ModelLocator.Load(settings.Model);
        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = settings.Threshold });
        var born = settings.BornPeriod;
        BornRange.CheckAgainst(born, model);
        var country = settings.CountryCodeOrNull;
        var predictions = names.Select(n => predictor.Predict(n, born, country)).ToList();

        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(predictions, NameGenderJson.Indented));
        }
        else
        {
            ConsoleOutput.Out.Write(PredictionTable.Create(predictions));
        }

        return 0;
    }

    // Empty lines carry no name (a trailing newline would otherwise add a phantom row).
    private static IReadOnlyList<string> ReadStandardInput()
    {
        if (!Console.IsInputRedirected)
        {
            return [];
        }

        var names = new List<string>();
        while (Console.In.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                names.Add(line);
            }
        }

        return names;
    }
}
