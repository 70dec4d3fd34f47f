using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class YobFolderImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_YobFolder_ReadsEachYobFileWithItsYearAndIgnoresOtherFiles()
    {
        _temp.WriteText("ssa/yob1881.txt", "Anna,F,2\n");
        _temp.WriteText("ssa/yob1880.txt", "Mary,F,1\nJohn,M,3\n");
        _temp.WriteText("ssa/NationalReadMe.txt", "not data\n");

        var result = NameDataImporter.Import(_temp.PathOf("ssa"), Strict);

        Assert.Equal(
            [
                new NameCount("Mary", Sex.Female, YearPeriod.Year(1880), 1, "US"),
                new NameCount("John", Sex.Male, YearPeriod.Year(1880), 3, "US"),
                new NameCount("Anna", Sex.Female, YearPeriod.Year(1881), 2, "US"),
            ],
            result.Records);
        Assert.Equal(SourceFormats.SsaYobFolder, result.Source.Format);
        Assert.Equal(6, result.Source.TotalCount);
    }

    [Fact]
    public void Import_YobFolderWithBadLine_NamesFolderAndFile()
    {
        _temp.WriteText("ssa/yob1880.txt", "Mary,F,1\n");
        _temp.WriteText("ssa/yob1881.txt", "Anna,F,2\nJohn,boy,3\n");

        var exception = ImportAssert.Fails(_temp.PathOf("ssa"));

        Assert.StartsWith("ssa/yob1881.txt line 2, field 'sex': expected F, M", exception.Message);
        Assert.EndsWith("found 'boy'", exception.Message);
    }

    [Fact]
    public void Import_FolderWithoutYobFiles_Throws()
    {
        _temp.WriteText("empty/names.csv", "name,sex\nMary,F\n");

        var exception = ImportAssert.Fails(_temp.PathOf("empty"));

        Assert.Equal(
            "empty: the folder holds no yobYYYY.txt files (SSA national data, one file per year)",
            exception.Message);
    }

    [Fact]
    public void Import_YobFolder_FingerprintFollowsNamesAndContents()
    {
        _temp.WriteText("a/yob1880.txt", "Mary,F,1\n");
        _temp.WriteText("b/yob1880.txt", "Mary,F,1\n");
        _temp.WriteText("c/yob1880.txt", "Mary,F,2\n");
        _temp.WriteText("d/yob1881.txt", "Mary,F,1\n");

        var fingerprints = new[] { "a", "b", "c", "d" }
            .Select(folder => NameDataImporter.Import(_temp.PathOf(folder), Strict))
            .Select(result => result.Source.Fingerprint)
            .ToList();

        Assert.Equal(fingerprints[0], fingerprints[1]);
        Assert.NotEqual(fingerprints[0], fingerprints[2]);
        Assert.NotEqual(fingerprints[0], fingerprints[3]);
        Assert.Matches("^[0-9a-f]{64}$", fingerprints[0]);
    }

    [Fact]
    public void Import_CancelledToken_StopsBeforeReading()
    {
        _temp.WriteText("ssa/yob1880.txt", "Mary,F,1\n");
        var cancelled = new CancellationToken(canceled: true);

        Assert.Throws<OperationCanceledException>(
            () => NameDataImporter.Import(_temp.PathOf("ssa"), Strict, cancelled));
    }

    public void Dispose() => _temp.Dispose();
}
