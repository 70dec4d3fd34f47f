using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace NameGender.Store.Storage;

/// <summary>
/// Builds the S3 client. The SDK (v4) by default adds flexible checksums (CRC) to every upload and
/// validates them on downloads; several S3-compatible servers reject or do not return those, so the
/// client computes and checks them only when an operation requires it (WHEN_REQUIRED). Integrity
/// does not rest on them: every version carries its own SHA-256, checked on download.
/// </summary>
internal static class S3ClientFactory
{
    private const string RegionForCompatibleServers = "us-east-1";

    public static IAmazonS3 Create(S3StoreOptions options)
    {
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };

        var endpoint = options.Endpoint
            ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3")
            ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL");
        // The SDK's own region chain ends at the EC2 instance metadata service, which costs seconds
        // of time-outs off EC2; for a compatible server the environment or a fixed region will do.
        var region = options.Region
            ?? Environment.GetEnvironmentVariable("AWS_REGION")
            ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION");
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            config.ServiceURL = endpoint;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = region ?? RegionForCompatibleServers;
        }
        else if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return options.Credentials is null
            ? new AmazonS3Client(config)
            : new AmazonS3Client(options.Credentials, config);
    }
}
