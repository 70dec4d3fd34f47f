using Microsoft.Extensions.Logging.Abstractions;
using NameGender.Core.Models;
using NameGender.Testing.Files;
using NameGender.Training;
using NameGender.Training.Import;

namespace NameGender.Testing.Models;

/// <summary>Small real models, trained from CSV text in about a second, as train --input would.</summary>
public static class TestModels
{
    /// <summary>
    /// Common US names with clear majorities (Tom, Allie and Jim among them), enough of them for a
    /// trigram profile that calls a random string like Xqzvbnt not a name.
    /// </summary>
    public const string Names = """
        name,sex,count,decade
        Tom,M,52000,1950
        Tom,F,90,1950
        Jim,M,47000,1950
        Allie,F,11000,1990
        Allie,M,60,1990
        Emily,F,24000,1990
        Mary,F,73000,1950
        Maria,F,18000,1980
        Anna,F,16000,1980
        Laura,F,21000,1970
        Sarah,F,33000,1980
        Jessica,F,40000,1980
        Jennifer,F,58000,1970
        Linda,F,49000,1950
        Patricia,F,44000,1950
        Barbara,F,41000,1950
        Susan,F,38000,1960
        Karen,F,36000,1960
        Nancy,F,30000,1950
        Carol,F,27000,1950
        Michelle,F,26000,1970
        Amanda,F,30000,1980
        Melissa,F,28000,1980
        Stephanie,F,22000,1980
        Rebecca,F,19000,1980
        Hannah,F,17000,2000
        Olivia,F,20000,2010
        Sophia,F,21000,2010
        Isabella,F,19000,2010
        Carter,M,9000,2010
        Carter,F,300,2010
        John,M,80000,1950
        James,M,78000,1950
        Robert,M,76000,1950
        Michael,M,90000,1970
        William,M,60000,1950
        David,M,70000,1960
        Richard,M,55000,1950
        Thomas,M,45000,1950
        Charles,M,40000,1950
        Daniel,M,42000,1980
        Matthew,M,41000,1980
        Anthony,M,30000,1980
        Donald,M,29000,1950
        Mark,M,35000,1960
        Paul,M,27000,1960
        Steven,M,33000,1960
        Andrew,M,31000,1980
        Kenneth,M,26000,1950
        Joshua,M,37000,1980
        Kevin,M,32000,1970
        Brian,M,31000,1970
        George,M,25000,1950
        Edward,M,20000,1950
        Ronald,M,24000,1950
        Timothy,M,23000,1970
        Jason,M,39000,1970
        Jeffrey,M,28000,1960
        Ryan,M,26000,1980
        Jacob,M,30000,2000
        Jordan,M,9000,1990
        Jordan,F,6000,1990
        Taylor,F,9000,1990
        Taylor,M,4000,1990
        """;

    /// <summary>The same names with one more, so the model (and its id) differs.</summary>
    public static string NamesAndMore => Names + "\nPeter,M,30000,1950\n";

    public static GenderModel Train(string csv, TrainingOptions options) => Train([csv], options);

    /// <summary>Trains on several CSV files at once, each imported on its own, as repeated --input.</summary>
    public static GenderModel Train(IReadOnlyList<string> csvFiles, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(csvFiles);
        ArgumentNullException.ThrowIfNull(options);

        using var folder = new TemporaryFolder();
        var imports = csvFiles
            .Select((csv, i) => NameDataImporter.Import(folder.Write($"names{i}.csv", csv), new ImportOptions()))
            .ToList();
        var trainer = new ModelTrainer(NullLogger<ModelTrainer>.Instance, TimeProvider.System);
        return trainer.Train(imports, options);
    }
}
