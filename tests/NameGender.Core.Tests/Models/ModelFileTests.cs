using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Core.Tests.Fixtures;

namespace NameGender.Core.Tests.Models;

public sealed class ModelFileTests : IClassFixture<SmallModelFixture>, IDisposable
{
    private readonly GenderModel _model;
    private readonly TemporaryFolder _folder = new();

    public ModelFileTests(SmallModelFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _model = fixture.Model;
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Save_AnotherThreshold_GivesAnotherModelId()
    {
        var tuned = _model.WithManifest(_model.Manifest with
        {
            Predictor = _model.Manifest.Predictor with { Threshold = 0.82 },
        });

        var original = ModelFile.Save(_model, Path.Combine(_folder.Path, "original.ngmodel"));
        var again = ModelFile.Save(_model, Path.Combine(_folder.Path, "again.ngmodel"));
        var retuned = ModelFile.Save(tuned, Path.Combine(_folder.Path, "tuned.ngmodel"));

        Assert.Equal(original.Manifest.ModelId, again.Manifest.ModelId);
        Assert.NotEqual(original.Manifest.ModelId, retuned.Manifest.ModelId);
    }

    [Fact]
    public void SaveThenLoad_GivesTheSamePredictionsAndManifest()
    {
        var path = Path.Combine(_folder.Path, "m.ngmodel");

        var saved = ModelFile.Save(_model, path);
        var loaded = ModelFile.Load(path);

        Assert.Equal(saved.Manifest.ModelId, loaded.Manifest.ModelId);
        Assert.Equal(12, loaded.Manifest.ModelId.Length);
        Assert.Equal(3, loaded.Manifest.Checksums.Count);
        Assert.Equal(_model.Manifest.DataFingerprint, loaded.Manifest.DataFingerprint);
        foreach (var name in new[] { "Emily", "Robert", "Tess", "Mariella", "Xqzvbnt", "Jordan" })
        {
            Assert.Equal(new GenderPredictor(_model).Predict(name), new GenderPredictor(loaded).Predict(name));
        }
    }

    [Fact]
    public void Save_SameDataAndSeedTrainedTwice_GivesTheSameModelId()
    {
        var again = FixtureModels.Train(FixtureModels.SmallSsa, SmallModelFixture.Options);

        var first = ModelFile.Save(_model, Path.Combine(_folder.Path, "first.ngmodel"));
        var second = ModelFile.Save(again, Path.Combine(_folder.Path, "second.ngmodel"));

        Assert.Equal(first.Manifest.ModelId, second.Manifest.ModelId);
        Assert.Equal(first.Manifest.Checksums, second.Manifest.Checksums);
    }

    [Fact]
    public void Save_LeavesNoTemporaryFileBehind()
    {
        ModelFile.Save(_model, Path.Combine(_folder.Path, "m.ngmodel"));

        Assert.Equal(["m.ngmodel"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Load_AlteredEntry_FailsNamingTheEntryAndChecksum()
    {
        var path = SavedCopy();
        Rewrite(path, "lookup.bin", bytes => bytes[^1] ^= 0xFF);

        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));

        Assert.Contains("is corrupt: lookup.bin has SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFormatVersion_FailsNamingBothVersions()
    {
        var path = SavedCopy();
        Rewrite(path, "manifest.json", bytes =>
        {
            var manifest = JsonNode.Parse(bytes)!;
            manifest["format_version"] = 99;
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });

        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));

        Assert.Contains("is model format version 99; this build reads version " + ModelManifest.CurrentFormatVersion, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextFile_FailsAsNotAModel()
    {
        var path = _folder.Write("names.csv", "name,sex\nEmily,F\n");

        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));

        Assert.Contains("is not a readable NameGender model file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedFile_FailsClearly()
    {
        var path = SavedCopy();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(Path.Combine(_folder.Path, "none.ngmodel")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipWithoutManifest_FailsAsNotAModel()
    {
        var path = Path.Combine(_folder.Path, "other.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        var error = Assert.Throws<ModelFormatException>(() => ModelFile.Load(path));

        Assert.Contains("it has no manifest.json", error.Message, StringComparison.Ordinal);
    }

    private string SavedCopy()
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".ngmodel");
        ModelFile.Save(_model, path);
        return path;
    }

    private static void Rewrite(string path, string entryName, Action<byte[]> change) =>
        Rewrite(path, entryName, bytes =>
        {
            change(bytes);
            return bytes;
        });

    private static void Rewrite(string path, string entryName, Func<byte[], byte[]> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        byte[] bytes;
        using (var stream = entry.Open())
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        entry.Delete();
        using var replaced = zip.CreateEntry(entryName).Open();
        replaced.Write(change(bytes));
    }
}
