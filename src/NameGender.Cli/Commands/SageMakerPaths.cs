namespace NameGender.Cli.Commands;

/// <summary>
/// The SageMaker container's folders under one root: /opt/ml in a container, or the folder named
/// by NAMEGENDER_SAGEMAKER_ROOT, so the contract runs in a temp folder for tests.
/// </summary>
internal sealed record SageMakerPaths(string Root)
{
    public const string RootVariable = "NAMEGENDER_SAGEMAKER_ROOT";

    public const string DefaultRoot = "/opt/ml";

    public string Hyperparameters => Path.Combine(Root, "input", "config", "hyperparameters.json");

    public string ModelFolder => Path.Combine(Root, "model");

    public string ModelFile => Path.Combine(ModelFolder, Server.ServerOptions.ModelFileName);

    public string Failure => Path.Combine(Root, "output", "failure");

    public string Channel(string name) => Path.Combine(Root, "input", "data", name);

    public static SageMakerPaths FromEnvironment()
    {
        var root = Environment.GetEnvironmentVariable(RootVariable);
        return new SageMakerPaths(string.IsNullOrWhiteSpace(root) ? DefaultRoot : root);
    }
}
