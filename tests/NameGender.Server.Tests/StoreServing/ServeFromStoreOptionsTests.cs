using Microsoft.Extensions.Options;
using NameGender.Cli.Commands;
using NameGender.Store;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>How serve's store options combine with the configured ones, and what is refused.</summary>
public sealed class ServeFromStoreOptionsTests
{
    [Fact]
    public void ApplyTo_StoreAndName_ReplaceAConfiguredModelFile()
    {
        var options = new ServerOptions { ModelPath = "/opt/ml/model" };
        var settings = new ServeSettings
        {
            Store = "s3://models/team",
            Name = "ssa",
            S3Endpoint = "http://127.0.0.1:4568",
            PollInterval = 30,
        };

        settings.ApplyTo(options);

        Assert.Equal(string.Empty, options.ModelPath);
        Assert.Equal("s3://models/team", options.Store);
        Assert.Equal("ssa", options.ModelName);
        Assert.Equal("http://127.0.0.1:4568", options.S3Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ModelPollInterval);
        Assert.True(options.ServesFromStore);
    }

    [Fact]
    public void ApplyTo_NameOnly_UsesTheConfiguredStore()
    {
        var options = new ServerOptions { Store = "/srv/models" };

        new ServeSettings { Name = "ssa" }.ApplyTo(options);

        Assert.Equal("/srv/models", options.Store);
        Assert.Equal("ssa", options.ModelName);
    }

    [Fact]
    public void ApplyTo_NameWithoutAnyStore_UsesTheDefaultStore()
    {
        var options = new ServerOptions();

        new ServeSettings { Name = "ssa" }.ApplyTo(options);

        Assert.Equal(ModelStoreDefaults.StoreLocation, options.Store);
        Assert.Equal(string.Empty, options.ModelPath);
    }

    [Fact]
    public void ApplyTo_ModelFile_ReplacesAConfiguredStore()
    {
        var options = new ServerOptions { Store = "/srv/models", ModelName = "ssa" };

        new ServeSettings { Model = "given.ngmodel" }.ApplyTo(options);

        Assert.Equal("given.ngmodel", options.ModelPath);
        Assert.Null(options.Store);
        Assert.Null(options.ModelName);
        Assert.False(options.ServesFromStore);
    }

    [Fact]
    public void ApplyTo_ConfiguredStoreAndNoOptions_KeepsServingFromTheStore()
    {
        var options = new ServerOptions { Store = "/srv/models", ModelName = "ssa" };

        new ServeSettings().ApplyTo(options);

        Assert.Equal(string.Empty, options.ModelPath);
        Assert.Equal("/srv/models", options.Store);
    }

    [Theory]
    [InlineData("model.ngmodel", "/srv/models", null, null, "--model serves a file")]
    [InlineData("model.ngmodel", null, "ssa", null, "--model serves a file")]
    [InlineData(null, "/srv/models", "SSA!", null, "--name: a model name is")]
    [InlineData(null, "/srv/models", "ssa", 0.0, "--poll-interval must be above 0")]
    [InlineData(null, "/srv/models", "ssa", 1e9, "--poll-interval must be above 0")]
    public void Validate_UnusableStoreOptions_FailsWithAMessage(
        string? model, string? store, string? name, double? poll, string expected)
    {
        var settings = new ServeSettings { Model = model, Store = store, Name = name, PollInterval = poll };

        var result = settings.Validate();

        Assert.False(result.Successful);
        Assert.StartsWith(expected, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model.ngmodel", "/srv/models", "ssa", null, "Server:ModelPath and Server:Store both")]
    [InlineData("", "/srv/models", null, null, "Server:Store needs Server:ModelName")]
    [InlineData("", "/srv/models", "Not A Name", null, "Server:ModelName: a model name is")]
    [InlineData("model.ngmodel", null, "ssa", null, "Server:ModelName names a stored model")]
    [InlineData("", "s3://", "ssa", null, "Server:Store 's3://' names no bucket")]
    [InlineData("", "s3://models", "ssa", "127.0.0.1:4568", "Server:S3Endpoint must be an http://")]
    public void Build_UnusableStoreOptions_ThrowsNamingTheProblem(
        string modelPath, string? store, string? name, string? endpoint, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => NameGenderServer.Build(options =>
        {
            options.ModelPath = modelPath;
            options.Store = store;
            options.ModelName = name;
            options.S3Endpoint = endpoint;
        }));

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }
}
