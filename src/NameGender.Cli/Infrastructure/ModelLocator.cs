using NameGender.Core.Models;

namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Finds the model a command uses: the one named with --model, else NAMEGENDER_MODEL, else the
/// default model bundled next to the executable.
/// </summary>
internal static class ModelLocator
{
    public const string EnvironmentVariable = "NAMEGENDER_MODEL";

    public static string BundledPath => Path.Combine(AppContext.BaseDirectory, "models", "default" + ModelFile.Extension);

    public static string Resolve(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? BundledPath : fromEnvironment;
    }

    public static GenderModel Load(string? requested) => ModelFile.Load(Resolve(requested));
}
