using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Models;

/// <summary>Replacing the model file under load: the server switches without failing a request.</summary>
public sealed class HotSwapTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task ModelFile_ReplacedByRenameUnderLoad_SwitchesWithZeroFailedRequests()
    {
        var path = _folder.Combine("model.ngmodel");
        var firstId = TrainedModels.Save(TrainedModels.First, path);
        var secondId = TrainedModels.Save(TrainedModels.Second, _folder.Combine("staged.ngmodel"));
        await using var server = await RunningServer.StartReadyAsync(path);

        await using var load = RequestLoad.Start(body => server.Client.InvokeAsync(body));

        await Task.Delay(300);
        File.Move(_folder.Combine("staged.ngmodel"), path, overwrite: true);
        var servedId = await WaitForModelIdAsync(server, secondId);
        await Task.Delay(300);
        TrainedModels.Save(TrainedModels.First, path);
        var backId = await WaitForModelIdAsync(server, firstId);
        await load.StopAsync();

        Assert.Equal(secondId, servedId);
        Assert.Equal(firstId, backId);
        Assert.Empty(load.Failures);
        Assert.True(load.Answered > 100, $"only {load.Answered} requests ran during the swaps");
    }

    [Fact]
    public async Task ModelFile_ReplacedByACorruptFile_KeepsServingTheCurrentModel()
    {
        var path = _folder.Combine("model.ngmodel");
        var firstId = TrainedModels.Save(TrainedModels.First, path);
        await using var server = await RunningServer.StartReadyAsync(path);

        File.Move(_folder.Write("broken.tmp", "not a model"), path, overwrite: true);
        await Task.Delay(600);

        using var ping = await server.Client.GetAsync(Http.Route("/ping"));
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        using var model = await server.Client.GetAsync(Http.Route("/api/v1/model"));
        Assert.Equal(firstId, (await model.ReadJsonAsync()).GetProperty("model_id").GetString());
        var metrics = await server.Client.GetStringAsync(Http.Route("/metrics"));
        Assert.Contains("namegender_model_loads_total{outcome=\"failed\"} 1", metrics, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForModelIdAsync(RunningServer server, string expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string id;
        do
        {
            using var response = await server.Client.GetAsync(Http.Route("/api/v1/model"));
            id = (await response.ReadJsonAsync()).GetProperty("model_id").GetString()!;
            if (id == expected)
            {
                return id;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return id;
    }

    public void Dispose() => _folder.Dispose();
}
