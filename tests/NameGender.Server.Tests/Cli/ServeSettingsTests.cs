using Microsoft.Extensions.Logging;
using NameGender.Cli.Commands;
using NameGender.Cli.Infrastructure;

namespace NameGender.Server.Tests.Cli;

/// <summary>How serve's options combine with the configured ones.</summary>
public sealed class ServeSettingsTests
{
    [Fact]
    public void ApplyTo_NoOptions_KeepsTheConfiguredValues()
    {
        var options = new ServerOptions { ModelPath = "/models/configured.ngmodel", Port = 9000, MaxBatchNames = 7 };

        new ServeSettings().ApplyTo(options);

        Assert.Equal("/models/configured.ngmodel", options.ModelPath);
        Assert.Equal(9000, options.Port);
        Assert.Equal(7, options.MaxBatchNames);
        Assert.Equal(LogLevel.Information, options.LogLevel);
    }

    [Fact]
    public void ApplyTo_Options_WinOverTheConfiguration()
    {
        var options = new ServerOptions { ModelPath = "/models/configured.ngmodel", Port = 9000 };
        var settings = new ServeSettings
        {
            Model = "given.ngmodel",
            Port = 9100,
            Host = "0.0.0.0",
            Threshold = 0.9,
            MaxBodyBytes = 4096,
            MaxBatch = 3,
            LogFormat = LogFormat.Json,
            Verbose = true,
        };

        settings.ApplyTo(options);

        Assert.Equal("given.ngmodel", options.ModelPath);
        Assert.Equal(9100, options.Port);
        Assert.Equal("0.0.0.0", options.Host);
        Assert.Equal(0.9, options.Threshold);
        Assert.Equal(4096, options.MaxBodyBytes);
        Assert.Equal(3, options.MaxBatchNames);
        Assert.Equal(LogFormat.Json, options.LogFormat);
        Assert.Equal(LogLevel.Debug, options.LogLevel);
    }

    [Fact]
    public void ApplyTo_NoModelAnywhere_ServesWhatPredictWouldUse()
    {
        var options = new ServerOptions();

        new ServeSettings().ApplyTo(options);

        Assert.Equal(ModelLocator.Resolve(null), options.ModelPath);
    }

    [Theory]
    [InlineData(70000, null, null)]
    [InlineData(null, 0.3, null)]
    [InlineData(null, null, 0)]
    public void Validate_OutOfRange_FailsWithAMessage(int? port, double? threshold, int? maxBatch)
    {
        var settings = new ServeSettings { Port = port, Threshold = threshold, MaxBatch = maxBatch };

        var result = settings.Validate();

        Assert.False(result.Successful);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }
}
