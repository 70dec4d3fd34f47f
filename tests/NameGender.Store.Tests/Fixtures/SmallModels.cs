using Microsoft.Extensions.Logging.Abstractions;
using NameGender.Core.Models;
using NameGender.Training;
using NameGender.Training.Import;

namespace NameGender.Store.Tests.Fixtures;

/// <summary>Two small real model files, trained once for the whole test run, that differ in their data.</summary>
public static class SmallModels
{
    private const string Names = """
        name,sex,count,year
        Emily,F,9000,1995
        Mary,F,12000,1950
        Anna,F,7000,1990
        Laura,F,5000,1975
        Sophia,F,8000,2010
        Olivia,F,8500,2012
        John,M,13000,1960
        Michael,M,12000,1975
        David,M,10000,1965
        James,M,11000,1955
        Thomas,M,8000,1970
        Daniel,M,8500,1990
        Leslie,M,3000,1925
        Leslie,F,4000,1965
        """;

    private static readonly string Folder = Path.Combine(
        Path.GetTempPath(), "namegender-store-test-models-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Lazy<StoredFile> FirstModel = new(() => Train("first", Names));

    private static readonly Lazy<StoredFile> SecondModel = new(() => Train("second", Names + "\nJordan,M,600,1995\nJordan,F,400,1995"));

    public static StoredFile First => FirstModel.Value;

    public static StoredFile Second => SecondModel.Value;

    private static StoredFile Train(string name, string csv)
    {
        if (!Directory.Exists(Folder))
        {
            Directory.CreateDirectory(Folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);
        }

        var input = Path.Combine(Folder, name + ".csv");
        File.WriteAllText(input, csv);

        var import = NameDataImporter.Import(input, new ImportOptions());
        var trainer = new ModelTrainer(NullLogger<ModelTrainer>.Instance, TimeProvider.System);
        var model = trainer.Train([import], new TrainingOptions { Name = name });
        var path = Path.Combine(Folder, name + ModelFile.Extension);
        return new StoredFile(path, ModelFile.Save(model, path).Manifest);
    }

    /// <summary>A model file on disk and its manifest.</summary>
    public sealed record StoredFile(string Path, ModelManifest Manifest);
}
