using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>
/// Runs namegender against one model store: a folder, or a fresh bucket on the S3-compatible test
/// server (s3rver's own credentials, S3RVER/S3RVER). Downloads go to a cache folder of the test's own.
/// </summary>
internal sealed class StoreCli
{
    private readonly Dictionary<string, string> _environment;
    private readonly string[] _storeArguments;

    private StoreCli(string location, string cacheFolder, string? s3Endpoint)
    {
        Location = location;
        _environment = new Dictionary<string, string> { ["NAMEGENDER_CACHE"] = cacheFolder };
        _storeArguments = s3Endpoint is null ? ["--store", location] : ["--store", location, "--s3-endpoint", s3Endpoint];
        if (s3Endpoint is not null)
        {
            _environment["AWS_ACCESS_KEY_ID"] = "S3RVER";
            _environment["AWS_SECRET_ACCESS_KEY"] = "S3RVER";
            _environment["AWS_REGION"] = "us-east-1";
        }
    }

    public string Location { get; }

    public static StoreCli InFolder(string folder, string cacheFolder) => new(folder, cacheFolder, null);

    public static async Task<StoreCli> InNewBucketAsync(string endpoint, string cacheFolder)
    {
        var bucket = "namegender-cli-" + Guid.NewGuid().ToString("N")[..16];
        var config = new AmazonS3Config
        {
            ServiceURL = endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        };
        using var client = new AmazonS3Client(new BasicAWSCredentials("S3RVER", "S3RVER"), config);
        await client.PutBucketAsync(bucket);
        return new StoreCli($"s3://{bucket}/teams/data", cacheFolder, endpoint);
    }

    /// <summary>Runs a command with this store's --store (and --s3-endpoint) after its arguments.</summary>
    public CliRun Run(params string[] arguments) => CliRun.WithEnvironment(_environment, [.. arguments, .. _storeArguments]);

    /// <summary>models list NAME --json: each version's id and whether it is promoted, oldest first.</summary>
    public IReadOnlyList<(string Version, bool Promoted)> Versions(string name)
    {
        var run = Run("models", "list", name, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.EnumerateArray().Select(v => (v.GetProperty("version").GetString()!, v.GetProperty("promoted").GetBoolean()))];
    }
}
