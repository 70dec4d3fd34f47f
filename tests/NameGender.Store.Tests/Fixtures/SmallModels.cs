using System.Globalization;
using NameGender.Core.Models;

namespace NameGender.Store.Tests.Fixtures;

/// <summary>The two test models as files, saved once for the whole test run.</summary>
public static class SmallModels
{
    private static readonly string Folder = Path.Combine(
        Path.GetTempPath(),
        "namegender-store-test-models-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    private static readonly Lazy<StoredFile> FirstFile = new(() => Save(TrainedModels.First, "first"));

    private static readonly Lazy<StoredFile> SecondFile = new(() => Save(TrainedModels.Second, "second"));

    public static StoredFile First => FirstFile.Value;

    public static StoredFile Second => SecondFile.Value;

    private static StoredFile Save(GenderModel model, string name)
    {
        if (!Directory.Exists(Folder))
        {
            Directory.CreateDirectory(Folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);
        }

        var path = Path.Combine(Folder, name + ModelFile.Extension);
        return new StoredFile(path, ModelFile.Save(model, path).Manifest);
    }

    /// <summary>A model file on disk and its manifest.</summary>
    public sealed record StoredFile(string Path, ModelManifest Manifest);
}
