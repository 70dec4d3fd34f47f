using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Models;

/// <summary>What the server answers without a usable model, and how it recovers when one appears.</summary>
public sealed class ModelAvailabilityTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Ping_MissingModelFile_Answers503UntilAGoodModelAppears()
    {
        var path = _folder.Combine("model.ngmodel");
        await using var server = await RunningServer.StartAsync(path);
        await Task.Delay(300);

        using (var ping = await server.Client.GetAsync(Http.Route("/ping")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ping.StatusCode);
        }

        using (var invocation = await server.Client.InvokeAsync("Tom"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, invocation.StatusCode);
            var detail = await invocation.ReadDetailAsync();
            Assert.Contains("does not exist", detail, StringComparison.Ordinal);
        }

        TrainedModels.Save(TrainedModels.First, path);
        await server.WaitForPingAsync(HttpStatusCode.OK);

        using var answered = await server.Client.InvokeAsync("Tom");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Ping_CorruptModelFile_Answers503NamingTheProblemUntilReplaced()
    {
        var path = _folder.Write("model.ngmodel", "not a zip archive");
        await using var server = await RunningServer.StartAsync(path);
        await server.WaitForPingAsync(HttpStatusCode.ServiceUnavailable);
        await Task.Delay(300);

        using (var invocation = await server.Client.InvokeAsync("Tom"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, invocation.StatusCode);
            Assert.Contains(
                "not a readable NameGender model file",
                (await invocation.ReadJsonAsync()).GetProperty("detail").GetString(),
                StringComparison.Ordinal);
        }

        TrainedModels.Save(TrainedModels.First, path);
        await server.WaitForPingAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ping_FolderWithoutModel_Answers503UntilModelNgmodelIsWrittenThere()
    {
        var folder = _folder.Combine("opt-ml-model");
        Directory.CreateDirectory(folder);
        await using var server = await RunningServer.StartAsync(folder);
        await server.WaitForPingAsync(HttpStatusCode.ServiceUnavailable);

        TrainedModels.Save(TrainedModels.First, Path.Combine(folder, "model.ngmodel"));

        await server.WaitForPingAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Api_NoModel_Answers503OnEveryPredictionRoute()
    {
        await using var server = await RunningServer.StartAsync(_folder.Combine("absent.ngmodel"));
        await Task.Delay(300);

        string[] routes = ["/api/v1/gender?name=Tom", "/api/v1/model", "/genderize?name=tom"];
        foreach (var route in routes)
        {
            using var response = await server.Client.GetAsync(Http.Route(route));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
    }

    public void Dispose() => _folder.Dispose();
}
