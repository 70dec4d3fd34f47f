using NameGender.Core.Models;
using NameGender.Training;

namespace NameGender.Testing.Models;

/// <summary>
/// The two test models, trained once for the whole run (about a second each) and saved on demand.
/// </summary>
public static class TrainedModels
{
    private static readonly Lazy<GenderModel> LazyFirst =
        new(() => Train(TestModels.Names, "first"));

    private static readonly Lazy<GenderModel> LazySecond =
        new(() => Train(TestModels.NamesAndMore, "second"));

    public static GenderModel First => LazyFirst.Value;

    public static GenderModel Second => LazySecond.Value;

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> (temp file, rename); returns its id.</summary>
    public static string Save(GenderModel model, string path) => ModelFile.Save(model, path).Manifest.ModelId;

    private static GenderModel Train(string csv, string name) =>
        TestModels.Train(csv, new TrainingOptions { Name = name, Holdout = 0.2 });
}
