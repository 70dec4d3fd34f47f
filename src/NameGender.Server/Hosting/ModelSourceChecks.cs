using NameGender.Store;

namespace NameGender.Server.Hosting;

/// <summary>
/// Where the model comes from, checked when the server is built: a file (Server:ModelPath) or the
/// promoted version of a stored model (Server:Store with Server:ModelName), exactly one of them.
/// </summary>
internal static class ModelSourceChecks
{
    private const string S3Scheme = "s3://";

    public static IEnumerable<string> Check(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (options.ModelPollInterval > ServerOptions.LongestModelPollInterval)
        {
            yield return $"Server:ModelPollInterval must be at most {ServerOptions.LongestModelPollInterval}; "
                + $"found {options.ModelPollInterval}";
        }

        var hasPath = !string.IsNullOrWhiteSpace(options.ModelPath);
        if (!options.ServesFromStore)
        {
            if (!hasPath)
            {
                yield return "Server:ModelPath is empty; give the model file or its folder, "
                    + "or Server:Store and Server:ModelName to serve a stored model";
            }

            if (!string.IsNullOrWhiteSpace(options.ModelName))
            {
                yield return "Server:ModelName names a stored model, but Server:Store names no store";
            }

            yield break;
        }

        if (hasPath)
        {
            yield return "Server:ModelPath and Server:Store both say where the model comes from; "
                + "give one";
        }

        if (string.IsNullOrWhiteSpace(options.ModelName))
        {
            yield return "Server:Store needs Server:ModelName, "
                + "the stored model whose promoted version to serve";
        }
        else if (ModelName.Validate(options.ModelName) is { } nameError)
        {
            yield return $"Server:ModelName: {nameError}";
        }

        if (NamesNoBucket(options.Store!))
        {
            yield return $"Server:Store '{options.Store}' names no bucket; "
                + "expected s3://bucket or s3://bucket/prefix";
        }

        if (options.S3Endpoint is { } endpoint && !IsHttpUrl(endpoint))
        {
            yield return $"Server:S3Endpoint must be an http:// or https:// URL; found '{endpoint}'";
        }
    }

    private static bool NamesNoBucket(string store) =>
        store.StartsWith(S3Scheme, StringComparison.OrdinalIgnoreCase)
        && store[S3Scheme.Length..].TrimEnd('/') is var rest
        && (rest.Length == 0 || rest[0] == '/');

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
