using NameGender.Core.Models;
using NameGender.Store.Storage;
using NameGender.Store.Tests.Fixtures;

namespace NameGender.Store.Tests.Stores;

/// <summary>
/// What every backend of the model store must do, written once: each backend's class derives from
/// this one and says where its store lives.
/// </summary>
public abstract class ModelStoreContract : IAsyncLifetime, IDisposable
{
    private const string Name = "ssa";

    private readonly TemporaryFolder _cache = new();
    private readonly ManualClock _clock = new();
    private ModelStore _store = null!;

    protected abstract S3StoreOptions? S3Options { get; }

    public async Task InitializeAsync() => _store = Open(await CreateLocationAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _cache.Dispose();
        GC.SuppressFinalize(this);
    }

    [ServiceFact]
    public async Task AddVersion_ThenList_ShowsOneCompleteVersionWithItsChecksum()
    {
        var added = await AddAsync(SmallModels.First);

        var listing = await _store.ListVersionsAsync(Name);

        var version = Assert.Single(listing.Versions);
        Assert.Equal(added, version);
        Assert.Equal($"20250301-142233-{SmallModels.First.Manifest.ModelId}", version.Version);
        Assert.Equal(new FileInfo(SmallModels.First.Path).Length, version.Bytes);
        Assert.Equal(64, version.Sha256.Length);
        Assert.Empty(listing.IncompleteUploads);
        Assert.Equal([Name], await _store.ListModelsAsync());
    }

    [ServiceFact]
    public async Task AddVersion_InterruptedBeforeAnyStep_LeavesNoVersionAndThePromotedOneServing()
    {
        var first = await AddAsync(SmallModels.First);
        await _store.PromoteAsync(Name, first.Version);

        StoreStep[] steps = [StoreStep.UploadingModel, StoreStep.UploadingManifest, StoreStep.WritingCompletionMarker];
        foreach (var step in steps)
        {
            _store.BeforeStep = s => FailAt(step, s);
            await Assert.ThrowsAsync<InjectedFault>(() => AddAsync(SmallModels.Second));
        }

        _store.BeforeStep = null;
        var listing = await _store.ListVersionsAsync(Name);
        Assert.Equal([first.Version], listing.Versions.Select(v => v.Version));
        Assert.Equal(2, listing.IncompleteUploads.Count);
        var served = await _store.ResolvePromotedModelAsync(Name, _cache.Path);
        Assert.Equal(first.Version, served.Version.Version);
    }

    [ServiceFact]
    public async Task Promote_InterruptedBeforeWritingThePointer_KeepsThePreviousVersionPromoted()
    {
        var first = await AddAsync(SmallModels.First);
        var second = await AddAsync(SmallModels.Second);
        await _store.PromoteAsync(Name, first.Version);

        _store.BeforeStep = s => FailAt(StoreStep.WritingPromotedPointer, s);
        await Assert.ThrowsAsync<InjectedFault>(() => _store.PromoteAsync(Name, second.Version));

        Assert.Equal(first.Version, (await _store.GetPromotedAsync(Name))!.Version);
    }

    [ServiceFact]
    public async Task ResolvePromoted_AfterPromote_GivesAVerifiedLocalCopyThatLoads()
    {
        var first = await AddAsync(SmallModels.First);
        await _store.PromoteAsync(Name, first.Version);

        var resolved = await _store.ResolvePromotedModelAsync(Name, _cache.Path);

        Assert.Equal(first, resolved.Version);
        Assert.StartsWith(_cache.Path, resolved.LocalPath, StringComparison.Ordinal);
        Assert.EndsWith($"/versions/{first.Version}/model.ngmodel", resolved.Source, StringComparison.Ordinal);
        Assert.Equal(SmallModels.First.Manifest.ModelId, ModelFile.Load(resolved.LocalPath).Manifest.ModelId);
    }

    [ServiceFact]
    public async Task Promote_ThenRollback_ServesThePreviousVersionAgain()
    {
        var first = await AddAsync(SmallModels.First);
        var second = await AddAsync(SmallModels.Second);
        await _store.PromoteAsync(Name, first.Version);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var promoted = await _store.PromoteAsync(Name, second.Version);

        Assert.Equal(second.Version, promoted.Version);
        Assert.Equal([first.Version], promoted.History.Select(h => h.Version));

        var rolledBack = await _store.RollbackAsync(Name);

        Assert.Equal(first.Version, rolledBack.Version);
        Assert.Empty(rolledBack.History);
        Assert.Equal(first.Version, (await _store.ResolvePromotedModelAsync(Name, _cache.Path)).Version.Version);
    }

    [ServiceFact]
    public async Task Rollback_WithoutEarlierVersion_IsRefused()
    {
        var first = await AddAsync(SmallModels.First);
        await _store.PromoteAsync(Name, first.Version);

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => _store.RollbackAsync(Name));

        Assert.Contains("no earlier promoted version", error.Message, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task ResolvePromoted_NothingPromoted_SaysHowToPromote()
    {
        await AddAsync(SmallModels.First);

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => _store.ResolvePromotedModelAsync(Name, _cache.Path));

        Assert.Contains("namegender models promote ssa VERSION", error.Message, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Download_ObjectChangedAfterItsMarker_IsRefusedAndNotCached()
    {
        var first = await AddAsync(SmallModels.First);
        await OverwriteModelObjectAsync(first.Version, SmallModels.Second.Path);

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => _store.DownloadAsync(Name, first.Version, _cache.Path));

        Assert.Contains("is corrupt", error.Message, StringComparison.Ordinal);
        Assert.Contains(first.Sha256, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_cache.Path, "*", SearchOption.AllDirectories));
    }

    [ServiceFact]
    public async Task Download_DamagedCachedCopy_IsDownloadedAgain()
    {
        var first = await AddAsync(SmallModels.First);
        var cached = await _store.DownloadAsync(Name, first.Version, _cache.Path);
        await File.WriteAllTextAsync(cached.LocalPath, "not a model");

        var again = await _store.DownloadAsync(Name, first.Version, _cache.Path);

        Assert.Equal(cached.LocalPath, again.LocalPath);
        Assert.Equal(SmallModels.First.Manifest.ModelId, ModelFile.Load(again.LocalPath).Manifest.ModelId);
    }

    [ServiceFact]
    public async Task Delete_PromotedVersion_IsRefused()
    {
        var first = await AddAsync(SmallModels.First);
        await _store.PromoteAsync(Name, first.Version);

        var error = await Assert.ThrowsAsync<ModelStoreException>(() => _store.DeleteVersionAsync(Name, first.Version));

        Assert.Contains("is the promoted version", error.Message, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Delete_EarlierPromotedVersion_IsSkippedByRollback()
    {
        var first = await AddAsync(SmallModels.First);
        var second = await AddAsync(SmallModels.Second);
        var third = await AddAsync(SmallModels.First);
        await _store.PromoteAsync(Name, first.Version);
        await _store.PromoteAsync(Name, second.Version);
        await _store.PromoteAsync(Name, third.Version);

        await _store.DeleteVersionAsync(Name, second.Version);
        var rolledBack = await _store.RollbackAsync(Name);

        Assert.Equal(first.Version, rolledBack.Version);
        Assert.Equal([first.Version, third.Version], (await _store.ListVersionsAsync(Name)).Versions.Select(v => v.Version));
    }

    [ServiceFact]
    public async Task Delete_InterruptedAfterTheMarker_LeavesAnIncompleteUploadNotAVersion()
    {
        var first = await AddAsync(SmallModels.First);

        _store.BeforeStep = s => FailAt(StoreStep.DeletingVersionFiles, s);
        await Assert.ThrowsAsync<InjectedFault>(() => _store.DeleteVersionAsync(Name, first.Version));
        _store.BeforeStep = null;

        var listing = await _store.ListVersionsAsync(Name);
        Assert.Empty(listing.Versions);
        Assert.Equal([first.Version], listing.IncompleteUploads);

        await _store.DeleteVersionAsync(Name, first.Version);
        Assert.Empty((await _store.ListVersionsAsync(Name)).IncompleteUploads);
    }

    [ServiceFact]
    public async Task GetVersion_UniquePrefix_FindsIt_AmbiguousOrUnknown_IsRefused()
    {
        var first = await AddAsync(SmallModels.First);
        _clock.Advance(TimeSpan.FromDays(1));
        await AddAsync(SmallModels.First);

        Assert.Equal(first, await _store.GetVersionAsync(Name, "20250301"));
        await Assert.ThrowsAsync<ModelStoreException>(() => _store.GetVersionAsync(Name, "2025"));
        var unknown = await Assert.ThrowsAsync<ModelStoreException>(() => _store.GetVersionAsync(Name, "nope"));
        Assert.Contains("has no version 'nope'", unknown.Message, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task AddVersion_SameModelInTheSameSecond_GetsItsOwnVersionId()
    {
        var first = await AddAsync(SmallModels.First);
        var again = await AddAsync(SmallModels.First);

        Assert.Equal(first.Version + "-2", again.Version);
    }

    [ServiceFact]
    public async Task ReadManifest_GivesTheModelsManifest()
    {
        var first = await AddAsync(SmallModels.First);

        var manifest = await _store.ReadManifestAsync(Name, first.Version);

        Assert.Equal(SmallModels.First.Manifest.ModelId, manifest.ModelId);
        Assert.Equal(SmallModels.First.Manifest.Checksums, manifest.Checksums);
    }

    protected abstract Task<string> CreateLocationAsync();

    /// <summary>Replaces the stored model object behind the store's back, as a damaged disk or a bad copy would.</summary>
    protected abstract Task OverwriteModelObjectAsync(string location, string key, string sourcePath);

    private Task OverwriteModelObjectAsync(string version, string sourcePath) =>
        OverwriteModelObjectAsync(_store.Location, StoreLayout.Model(Name, version), sourcePath);

    private ModelStore Open(string location) =>
        (ModelStore)ModelStoreFactory.Open(location, S3Options, time: _clock);

    private async Task<StoredVersion> AddAsync(SmallModels.StoredFile model) =>
        await _store.AddVersionAsync(Name, model.Path, model.Manifest);

    private static void FailAt(StoreStep failing, StoreStep reached)
    {
        if (reached == failing)
        {
            throw new InjectedFault();
        }
    }

    private sealed class InjectedFault : Exception;
}
