using NameGender.Store.Storage;

namespace NameGender.Store.Tests.Naming;

public sealed class S3StoreLocationTests
{
    [Theory]
    [InlineData("s3://bucket", "bucket", "")]
    [InlineData("s3://bucket/", "bucket", "")]
    [InlineData("s3://bucket/team/models/", "bucket", "team/models")]
    [InlineData("S3://bucket/models", "bucket", "models")]
    public void Parse_SplitsBucketAndPrefix(string location, string bucket, string prefix)
    {
        Assert.True(S3StoreLocation.IsS3(location));

        var parsed = S3StoreLocation.Parse(location);

        Assert.Equal(new S3StoreLocation(bucket, prefix), parsed);
    }

    [Fact]
    public void Parse_NoBucket_IsRefused() =>
        Assert.Throws<ModelStoreException>(() => S3StoreLocation.Parse("s3:///models"));

    [Fact]
    public void KeyOf_PutsThePrefixInFront()
    {
        Assert.Equal("team/ssa/promoted.json", new S3StoreLocation("b", "team").KeyOf("ssa/promoted.json"));
        Assert.Equal("ssa/promoted.json", new S3StoreLocation("b", string.Empty).KeyOf("ssa/promoted.json"));
    }

    [Fact]
    public void IsS3_FolderPath_IsNot() => Assert.False(S3StoreLocation.IsS3("/var/lib/namegender/models"));
}
