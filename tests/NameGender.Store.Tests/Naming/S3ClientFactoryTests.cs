using Amazon.Runtime;
using Amazon.S3;
using NameGender.Store.Storage;

namespace NameGender.Store.Tests.Naming;

public sealed class S3ClientFactoryTests
{
    [Fact]
    public void Create_AnyEndpoint_ComputesAndChecksFlexibleChecksumsOnlyWhenRequired()
    {
        using var client = S3ClientFactory.Create(new S3StoreOptions
        {
            Endpoint = "http://127.0.0.1:9",
            Credentials = new BasicAWSCredentials("key", "secret"),
        });

        var config = (AmazonS3Config)client.Config;
        Assert.Equal(RequestChecksumCalculation.WHEN_REQUIRED, config.RequestChecksumCalculation);
        Assert.Equal(ResponseChecksumValidation.WHEN_REQUIRED, config.ResponseChecksumValidation);
    }

    [Fact]
    public void Create_CompatibleServer_AddressesBucketsByPathAndSignsForAFixedRegion()
    {
        using var client = S3ClientFactory.Create(new S3StoreOptions
        {
            Endpoint = "http://127.0.0.1:9",
            Region = "eu-west-1",
            Credentials = new BasicAWSCredentials("key", "secret"),
        });

        var config = (AmazonS3Config)client.Config;
        Assert.True(config.ForcePathStyle);
        Assert.StartsWith("http://127.0.0.1:9", config.ServiceURL, StringComparison.Ordinal);
        Assert.Equal("eu-west-1", config.AuthenticationRegion);
    }
}
