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
            .WithExample("train", "--input", "data/ssa-national-decades.csv.gz", "--holdout", "0.2", "--output", "out/model.ngmodel")
            .WithExample("train", "--input", "data/ssa-national-decades.csv.gz", "--holdout", "0.2", "--name", "ssa", "--store", "s3://bucket/models");

        config.AddCommand<EvaluateCommand>("evaluate")
            .WithDescription("Evaluate a model on a labelled file: accuracy, birth-weighted accuracy, calibration, coverage.")
            .WithExample("evaluate", "--input", "labelled.csv", "--json")
            .WithExample("evaluate", "--input", "labelled.csv", "--report", "report.html", "--group", "origin");

        config.AddCommand<CompareCommand>("compare")
            .WithDescription("Run two models on the same labelled file and show their figures side by side.")
            .WithExample("compare", "--model", "a.ngmodel", "--model", "b.ngmodel", "--input", "labelled.csv", "--report", "compare.html");

        config.AddCommand<TuneCommand>("tune")
            .WithDescription("Choose the unknown threshold on a labelled file with cross-validation; write it into a new model.")
            .WithExample("tune", "--model", "m.ngmodel", "--input", "labelled.csv", "--objective", "errorCoded", "--max-error-without-na", "0.03", "--output", "tuned.ngmodel");

        config.AddBranch("models", models =>
        {
            models.SetDescription("Named model versions in a folder or an S3-compatible store: list, show, add, promote, roll back, delete.");
            models.AddCommand<ModelsListCommand>("list")
                .WithDescription("List the stored models, or the complete versions of one.");
            models.AddCommand<ModelsShowCommand>("show")
                .WithDescription("Show a version (default: the promoted one), its manifest and the promotion history.");
            models.AddCommand<ModelsAddCommand>("add")
                .WithDescription("Store a model file as a new version of a named model (not promoted).");
            models.AddCommand<ModelsPromoteCommand>("promote")
                .WithDescription("Make a version the one that serves; the previous one is kept for rollback.");
            models.AddCommand<ModelsRollbackCommand>("rollback")
                .WithDescription("Promote again the version that was promoted before the current one.");
            models.AddCommand<ModelsDeleteCommand>("delete")
                .WithDescription("Delete a version or an incomplete upload; the promoted version cannot be deleted.");
        });

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
