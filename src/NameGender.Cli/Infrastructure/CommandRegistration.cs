using NameGender.Cli.Commands;
using Spectre.Console.Cli;

namespace NameGender.Cli.Infrastructure;

/// <summary>The verbs of the namegender command line, with their descriptions and examples.</summary>
internal static class CommandRegistration
{
    public static void AddNameGenderCommands(this IConfigurator config)
    {
        config.AddCommand<PredictCommand>("predict")
            .WithDescription("Predict the recorded sex at birth for names given as arguments or on standard input.")
            .WithExample("predict", "Tom", "Allie", "\"Dr. Maria Lopez\"")
            .WithExample("predict", "Jordan", "--born", "1950-1969", "--json");

        config.AddCommand<LabelCommand>("label")
            .WithDescription("Add gender, p_female, source and reason to every row of a CSV file, streaming.")
            .WithExample("label", "customers.csv", "--column", "first_name", "--output", "labelled.csv");

        config.AddCommand<TrainCommand>("train")
            .WithDescription("Train a model from SSA data or labelled name files, with honest held-out figures.")
            .WithExample("train", "--input", "data/ssa-national-decades.csv.gz", "--holdout", "0.2", "--output", "out/model.ngmodel");

        config.AddCommand<EvaluateCommand>("evaluate")
            .WithDescription("Evaluate a model on a labelled file: accuracy, birth-weighted accuracy, calibration, coverage.")
            .WithExample("evaluate", "--input", "labelled.csv", "--json");

        config.AddCommand<ImportCommand>("import")
            .WithDescription("Import SSA data or a labelled CSV and write the compact per-decade snapshot.")
            .WithExample("import", "--input", "names.zip", "--output", "data/ssa-national-decades.csv.gz");

        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve predictions over HTTP: SageMaker /invocations, REST /api/v1, genderize.io, /metrics.")
            .WithExample("serve", "--port", "8080", "--model", "models/default.ngmodel");

        config.AddBranch("sagemaker", sageMaker =>
        {
            sageMaker.SetDescription("The SageMaker container contract, rooted at $NAMEGENDER_SAGEMAKER_ROOT (default /opt/ml).");
            sageMaker.AddCommand<SageMakerTrainCommand>("train")
                .WithDescription("Train from input/data/<channel>/ with input/config/hyperparameters.json into model/.");
            sageMaker.AddCommand<SageMakerServeCommand>("serve")
                .WithDescription("Serve the model in model/ on port 8080 (or $SAGEMAKER_BIND_TO_PORT).");
        });
    }
}
