using Microsoft.Extensions.Options;

namespace NameGender.Server.Tests.Operations;

/// <summary>Options are checked when the server is built, before it binds a port.</summary>
public sealed class ServerOptionsTests
{
    [Fact]
    public void Build_InvalidOptions_ThrowsNamingEachProblem()
    {
        var error = Assert.Throws<OptionsValidationException>(() => NameGenderServer.Build(options =>
        {
            options.ModelPath = " ";
            options.Host = "example host";
            options.Port = 70000;
            options.MaxBodyBytes = 10;
            options.MaxBatchNames = 0;
            options.Threshold = 0.2;
        }));

        Assert.Equal(6, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.StartsWith("Server:ModelPath", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("found 70000", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Server:Threshold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_UrlsGiven_DoesNotCheckHost()
    {
        await using var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = "model.ngmodel";
            options.Host = "not checked when urls are given";
            options.Urls = "http://127.0.0.1:0";
        });

        Assert.Empty(app.Urls);
    }
}
