using System.Net;
using System.Text.Json;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Server.Tests.Fixtures;
using NameGender.Store;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>
/// A server following the promoted version of a stored model, written once and run for each
/// store backend: it serves the promoted version, reports it, follows promotions and rollbacks
/// under load, and never serves a corrupt download or an interrupted upload.
/// </summary>
public abstract class StoreServingContract : IAsyncLifetime, IDisposable
{
    private const string Name = "ssa";

    private readonly TemporaryFolder _folder = new();
    private IModelStore _store = null!;

    protected abstract StoreBackend Backend { get; }

    private string Location { get; set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Location = await Backend.CreateLocationAsync(_folder);
        _store = Backend.Open(Location);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [ServiceFact]
    public async Task Serve_PromotedVersion_ReportsItInModelPingAndEveryVerbosePrediction()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await _store.PromoteAsync(Name, first.Version);
        Assert.Equal(
            [first.Version, second.Version],
            (await _store.ListVersionsAsync(Name)).Versions.Select(v => v.Version));

        await using var server = await StartServerAsync();

        using var modelResponse = await server.Client.GetAsync(Http.Route("/api/v1/model"));
        var model = await modelResponse.ReadJsonAsync();
        Assert.Equal(first.Version, model.GetProperty("model_version").GetString());
        Assert.Equal(first.ModelId, model.GetProperty("model_id").GetString());
        Assert.Equal("first", model.GetProperty("name").GetString());
        var store = model.GetProperty("store");
        Assert.Equal(Location, store.GetProperty("location").GetString());
        Assert.Equal(Name, store.GetProperty("name").GetString());
        Assert.Equal(first.Version, store.GetProperty("version").GetString());
        Assert.Equal(first.StoredAt, store.GetProperty("stored_at").GetDateTimeOffset());
        Assert.Equal(first.Sha256, store.GetProperty("sha256").GetString());
        Assert.Equal(1, model.GetProperty("sources").GetArrayLength());

        using var ping = await server.Client.GetAsync(Http.Route("/ping"));
        Assert.Equal(first.Version, (await ping.ReadJsonAsync()).GetProperty("model_version").GetString());
        Assert.Equal([first.Version, first.Version], await VerboseVersionsAsync(server.Client, "Tom,Allie"));
        Assert.Equal([first.Version], await RestVersionsAsync(server.Client));
    }

    [ServiceFact]
    public async Task Promote_AnotherVersionThenRollBack_TheServerFollowsBothWays()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();

        await _store.PromoteAsync(Name, second.Version);
        var promoted = await server.Client.WaitForModelVersionAsync(second.Version);
        var promotedAnswers = await VerboseVersionsAsync(server.Client, "Peter");
        var promotedRest = await RestVersionsAsync(server.Client);

        await _store.RollbackAsync(Name);
        var rolledBack = await server.Client.WaitForModelVersionAsync(first.Version);

        Assert.Equal(second.Version, promoted);
        Assert.Equal([second.Version], promotedAnswers);
        Assert.Equal([second.Version], promotedRest);
        Assert.Equal(first.Version, rolledBack);
        Assert.Equal([first.Version], await VerboseVersionsAsync(server.Client, "Peter"));
    }

    [ServiceFact]
    public async Task Promote_UnderLoad_SwitchesBothWaysWithZeroFailedRequests()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();

        await using var load = RequestLoad.Start(body => server.Client.InvokeVerboseAsync(body, "text/csv"));

        await Task.Delay(300);
        await _store.PromoteAsync(Name, second.Version);
        var promoted = await server.Client.WaitForModelVersionAsync(second.Version);
        await Task.Delay(300);
        await _store.RollbackAsync(Name);
        var rolledBack = await server.Client.WaitForModelVersionAsync(first.Version);
        await load.StopAsync();

        Assert.Equal(second.Version, promoted);
        Assert.Equal(first.Version, rolledBack);
        Assert.Empty(load.Failures);
        Assert.True(load.Answered > 100, $"only {load.Answered} requests ran during the swaps");
    }

    [ServiceFact]
    public async Task Promote_VersionWithACorruptObject_IsRefusedInTheLogAndThePromotedOneBeforeStays()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await CorruptModelObjectAsync(second);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();
        var log = server.CaptureLogs();

        await _store.PromoteAsync(Name, second.Version);

        Assert.True(
            await log.WaitForAsync($"{second.Version}/model.ngmodel is corrupt"),
            "no refusal in the log:\n" + string.Join('\n', log.Lines));
        Assert.Contains(
            log.Lines, line => line.Contains($"version {first.Version} keeps serving", StringComparison.Ordinal));
        Assert.Equal(first.Version, await server.Client.ModelVersionAsync());
        using var ping = await server.Client.GetAsync(Http.Route("/ping"));
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        var metrics = await server.Client.GetStringAsync(Http.Route("/metrics"));
        Assert.Contains(
            "namegender_model_loads_total{outcome=\"failed\"}", metrics, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Start_PromotedVersionCorrupt_Pings503NamingTheObjectUntilAGoodOneIsPromoted()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await CorruptModelObjectAsync(first);
        await _store.PromoteAsync(Name, first.Version);

        await using var server = await StartServerAsync(ready: false);
        await server.WaitForPingAsync(HttpStatusCode.ServiceUnavailable);
        var detail = await WaitForProblemAsync(server.Client, "is corrupt");

        Assert.Contains($"{first.Version}/model.ngmodel is corrupt", detail, StringComparison.Ordinal);
        Assert.Contains("The download was discarded.", detail, StringComparison.Ordinal);

        await _store.PromoteAsync(Name, second.Version);
        await server.WaitForPingAsync(HttpStatusCode.OK);
        Assert.Equal(second.Version, await server.Client.ModelVersionAsync());
    }

    [ServiceFact]
    public async Task Start_NothingPromoted_Pings503SayingHowToPromoteThenServesThePromotedVersion()
    {
        var first = await AddAsync(TrainedModels.First);

        await using var server = await StartServerAsync(ready: false);
        await server.WaitForPingAsync(HttpStatusCode.ServiceUnavailable);
        var detail = await WaitForProblemAsync(server.Client, "has no promoted version");

        Assert.Contains($"{Name} in {Location} has no promoted version", detail, StringComparison.Ordinal);
        Assert.Contains(
            $"namegender models promote {Name} VERSION --store {Location}", detail, StringComparison.Ordinal);

        await _store.PromoteAsync(Name, first.Version);
        await server.WaitForPingAsync(HttpStatusCode.OK);
        Assert.Equal(first.Version, await server.Client.ModelVersionAsync());
    }

    [ServiceFact]
    public async Task Upload_InterruptedAtAnyStep_IsNeitherListedNorPromotedNorServed()
    {
        var first = await AddAsync(TrainedModels.First);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();

        var store = (ModelStore)_store;
        StoreStep[] steps =
            [StoreStep.UploadingModel, StoreStep.UploadingManifest, StoreStep.WritingCompletionMarker];
        foreach (var step in steps)
        {
            store.BeforeStep = s => InjectedFaultException.At(step, s);
            await Assert.ThrowsAsync<InjectedFaultException>(() => AddAsync(TrainedModels.Second));
        }

        store.BeforeStep = null;
        var listing = await _store.ListVersionsAsync(Name);
        Assert.Equal([first.Version], listing.Versions.Select(v => v.Version));
        Assert.NotEmpty(listing.IncompleteUploads);
        foreach (var incomplete in listing.IncompleteUploads)
        {
            await Assert.ThrowsAsync<ModelStoreException>(() => _store.PromoteAsync(Name, incomplete));
        }

        await Task.Delay(500);
        Assert.Equal(first.Version, await server.Client.ModelVersionAsync());
    }

    [ServiceFact]
    public async Task Pointer_NamingAnIncompleteUpload_IsRefusedAndThePromotedOneBeforeStays()
    {
        var first = await AddAsync(TrainedModels.First);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();
        var log = server.CaptureLogs();
        var store = (ModelStore)_store;
        store.BeforeStep = s => InjectedFaultException.At(StoreStep.WritingCompletionMarker, s);
        await Assert.ThrowsAsync<InjectedFaultException>(() => AddAsync(TrainedModels.Second));
        store.BeforeStep = null;
        var incomplete = Assert.Single((await _store.ListVersionsAsync(Name)).IncompleteUploads);

        // Only a tool that bypasses the store writes such a pointer; the server must still refuse it.
        var pointer = new PromotedPointer(Name, incomplete, DateTimeOffset.UtcNow, []);
        var json = JsonSerializer.SerializeToUtf8Bytes(pointer, NameGenderJson.Options);
        await Backend.WriteObjectAsync(Location, $"{Name}/promoted.json", json);

        Assert.True(
            await log.WaitForAsync("an incomplete upload is not a version"),
            "no refusal in the log:\n" + string.Join('\n', log.Lines));
        Assert.Equal(first.Version, await server.Client.ModelVersionAsync());
    }

    [ServiceFact]
    public async Task Promote_InterruptedBeforeThePointerIsWritten_KeepsServingThePreviousVersion()
    {
        var first = await AddAsync(TrainedModels.First);
        var second = await AddAsync(TrainedModels.Second);
        await _store.PromoteAsync(Name, first.Version);
        await using var server = await StartServerAsync();

        var store = (ModelStore)_store;
        store.BeforeStep = s => InjectedFaultException.At(StoreStep.WritingPromotedPointer, s);
        await Assert.ThrowsAsync<InjectedFaultException>(() => _store.PromoteAsync(Name, second.Version));
        store.BeforeStep = null;

        await Task.Delay(500);
        Assert.Equal(first.Version, (await _store.GetPromotedAsync(Name))!.Version);
        Assert.Equal(first.Version, await server.Client.ModelVersionAsync());
    }

    private async Task<StoredVersion> AddAsync(GenderModel model)
    {
        var path = _folder.Combine(Guid.NewGuid().ToString("N") + ModelFile.Extension);
        var manifest = ModelFile.Save(model, path).Manifest;
        return await _store.AddVersionAsync(Name, path, manifest);
    }

    /// <summary>Flips bytes in the middle of a version's stored model, after its completion marker.</summary>
    private async Task CorruptModelObjectAsync(StoredVersion version)
    {
        var path = await _store.DownloadAsync(Name, version.Version, _folder.Combine("pristine"));
        var bytes = await File.ReadAllBytesAsync(path.LocalPath);
        for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 16; i++)
        {
            bytes[i] ^= 0xFF;
        }

        await Backend.WriteObjectAsync(Location, $"{Name}/versions/{version.Version}/model.ngmodel", bytes);
    }

    private Task<RunningServer> StartServerAsync(bool ready = true)
    {
        void FromStore(ServerOptions options)
        {
            options.ModelPath = string.Empty;
            options.Store = Location;
            options.ModelName = Name;
            options.S3Endpoint = Backend.S3Endpoint;
            options.ModelCache = _folder.Combine("server-cache");
        }

        return ready
            ? RunningServer.StartReadyAsync(string.Empty, FromStore)
            : RunningServer.StartAsync(string.Empty, FromStore);
    }

    private static async Task<string> WaitForProblemAsync(HttpClient client, string expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string detail;
        do
        {
            using var response = await client.GetAsync(Http.Route("/ping"));
            detail = await response.ReadDetailAsync();
            if (detail.Contains(expected, StringComparison.Ordinal))
            {
                return detail;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return detail;
    }

    private static async Task<string[]> VerboseVersionsAsync(HttpClient client, string names)
    {
        using var response = await client.InvokeVerboseAsync(names, "text/csv");
        var records = await response.ReadJsonAsync();
        return [.. records.EnumerateArray().Select(r => r.GetProperty("model_version").GetString()!)];
    }

    private static async Task<string[]> RestVersionsAsync(HttpClient client)
    {
        using var one = await client.GetAsync(Http.Route("/api/v1/gender?name=Tom"));
        var single = (await one.ReadJsonAsync()).GetProperty("model_version").GetString()!;
        using var batch = await client.PostAsync(
            Http.Route("/api/v1/gender"), Http.Body("""{"names": ["Tom", "Allie"]}""", "application/json"));
        var batchVersions = (await batch.ReadJsonAsync()).GetProperty("predictions").EnumerateArray()
            .Select(p => p.GetProperty("model_version").GetString()!);
        return [.. batchVersions.Append(single).Distinct()];
    }
}
