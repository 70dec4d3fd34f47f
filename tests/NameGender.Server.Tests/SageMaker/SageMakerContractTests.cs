using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.SageMaker;

/// <summary>
/// The SageMaker container contract, run with the real executable against a temporary /opt/ml
/// tree (NAMEGENDER_SAGEMAKER_ROOT), as SageMaker runs a training job and then an endpoint.
/// </summary>
public sealed class SageMakerContractTests : IDisposable
{
    private readonly TemporaryFolder _root = new();

    private Dictionary<string, string> Environment => new() { ["NAMEGENDER_SAGEMAKER_ROOT"] = _root.Path };

    [Fact]
    public async Task EntryPointTrainThenServe_HyperparametersAsStrings_ServesTheTrainedModel()
    {
        _root.Write("input/config/hyperparameters.json", """
            {"name": "contract", "seed": "7", "holdout": "0.2", "threshold": "0.8",
             "boosted_trees": "false", "sagemaker_job_name": "ignored"}
            """);
        _root.Write("input/data/train/ssa/names.csv", TestModels.Names);

        var (exitCode, output, errors) = await NameGenderProcess.RunEntryPointAsync(Environment, "train");

        Assert.True(exitCode == 0, output + errors);
        Assert.True(File.Exists(_root.Combine("model", "model.ngmodel")));
        Assert.Contains("holdout_accuracy=", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_root.Combine("output", "failure")));

        var port = NameGenderProcess.FreePort();
        using var server = NameGenderProcess.StartEntryPoint(Serving(port), "serve", "--host", "127.0.0.1");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForPingAsync(client, server);

        using var invocation = await client.InvokeAsync("Tom,Allie,Jim");
        Assert.Equal([new("Tom", "M"), new("Allie", "F"), new("Jim", "M")], await invocation.ReadMapAsync());
        using var model = await client.GetAsync(Http.Route("/api/v1/model"));
        var description = await model.ReadJsonAsync();
        Assert.Equal("contract", description.GetProperty("name").GetString());
        Assert.Equal(0.8, description.GetProperty("threshold").GetDouble());

        await server.TerminateAsync();
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData("""{"sed": "7"}""", "unknown hyperparameter 'sed'")]
    [InlineData("""{"seed": "seven"}""", "hyperparameter 'seed': expected an integer; found 'seven'")]
    [InlineData("""{"holdout": "0.3"}""", "hyperparameter 'holdout'")]
    [InlineData("""{"channel": "validation"}""", "the input channel 'validation' has no folder")]
    [InlineData("""{"seed": """, "is not valid JSON")]
    public async Task Train_UnusableJob_WritesTheReasonToFailureAndExitsNonZero(string hyperparameters, string reason)
    {
        _root.Write("input/config/hyperparameters.json", hyperparameters);
        _root.Write("input/data/train/names.csv", TestModels.Names);

        var (exitCode, _, _) = await NameGenderProcess.RunAsync(Environment, "sagemaker", "train");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(reason, await FailureAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(_root.Combine("model", "model.ngmodel")));
    }

    [Fact]
    public async Task Train_BadDataFile_WritesTheImportErrorToFailure()
    {
        _root.Write("input/data/train/names.csv", "first,second\nTom,M\n");

        var (exitCode, _, _) = await NameGenderProcess.RunAsync(Environment, "sagemaker", "train");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("names.csv", await FailureAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_EmptyModelFolder_Pings503()
    {
        Directory.CreateDirectory(_root.Combine("model"));
        var port = NameGenderProcess.FreePort();
        using var server = NameGenderProcess.Start(Serving(port), "sagemaker", "serve", "--host", "127.0.0.1");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var status = await WaitForAnyPingAsync(client, server);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        await server.TerminateAsync();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
    }

    private Dictionary<string, string> Serving(int port) => new(Environment)
    {
        ["SAGEMAKER_BIND_TO_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private Task<string> FailureAsync() => File.ReadAllTextAsync(_root.Combine("output", "failure"));

    private static async Task WaitForPingAsync(HttpClient client, NameGenderProcess server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await WaitForAnyPingAsync(client, server) == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("/ping never answered 200: " + await server.KillAndReadOutputAsync());
    }

    private static async Task<HttpStatusCode> WaitForAnyPingAsync(HttpClient client, NameGenderProcess server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(Http.Route("/ping"));
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("the server never listened: " + await server.KillAndReadOutputAsync());
    }

    public void Dispose() => _root.Dispose();
}
