namespace NameGender.Server.Tests.Fixtures;

/// <summary>One server on the first test model, shared by the tests of a class.</summary>
public sealed class ServedModelFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public RunningServer Server { get; private set; } = null!;

    public HttpClient Client => Server.Client;

    public string ModelId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var path = _folder.Combine("model.ngmodel");
        ModelId = TrainedModels.Save(TrainedModels.First, path);
        Server = await RunningServer.StartReadyAsync(path, options => options.MaxBatchNames = 50);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose() => _folder.Dispose();
}
