using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

[Collection(TempCopyGroup.Name)]
public sealed class FormatDetectionTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("names.zip", SourceFormats.SsaNamesZip)]
    [InlineData("us-name-data.sqlite", SourceFormats.UsBabyNamesSqlite)]
    [InlineData("us-name-data.sqlite.zip", SourceFormats.UsBabyNamesSqliteZip)]
    [InlineData("snapshot.csv.gz", "csv+gzip")]
    [InlineData("labels.csv", SourceFormats.Csv)]
    public void Import_RenamedToDataBin_IsStillDetectedByContent(string original, string format)
    {
        var bytes = File.ReadAllBytes(Build(original));

        var renamed = NameDataImporter.Import(_temp.WriteBytes("data.bin", bytes), Strict);

        Assert.Equal(format, renamed.Source.Format);
        Assert.Equal(1, renamed.Source.RecordCount);
    }

    [Fact]
    public void Import_SqliteNamedNamesZip_IsReadAsSqlite()
    {
        var bytes = File.ReadAllBytes(Build("us-name-data.sqlite"));

        var result = NameDataImporter.Import(_temp.WriteBytes("names.zip", bytes), Strict);

        Assert.Equal(SourceFormats.UsBabyNamesSqlite, result.Source.Format);
    }

    [Fact]
    public void Import_BinaryFile_ThrowsUnknownFormat()
    {
        var path = _temp.WriteBytes("photo.jpg", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith(
            "photo.jpg: not a format the importer knows; expected the SSA names.zip",
            exception.Message);
        Assert.Equal("photo.jpg", exception.File);
    }

    [Fact]
    public void Import_MissingPath_Throws()
    {
        var path = _temp.PathOf("nowhere.csv");

        var exception = ImportAssert.Fails(path);

        Assert.Equal($"{path}: no such file or folder", exception.Message);
    }

    /// <summary>Builds a one-record input of the kind its name says, in a new folder.</summary>
    private string Build(string name)
    {
        var relative = Path.Combine(Guid.NewGuid().ToString("N"), name);

        return name switch
        {
            "names.zip" => _temp.WriteBytes(relative, SourceFiles.Zip(
                ("yob1880.txt", SourceFiles.Utf8("Mary,F,1\n")),
                ("NationalReadMe.pdf", [0x25, 0x50, 0x44, 0x46]))),
            "us-name-data.sqlite" => SourceFiles.UsBabyNamesDatabase(
                _temp.PathOf(relative), ("mary", "F", 1, 1880)),
            "us-name-data.sqlite.zip" => _temp.WriteBytes(relative, SourceFiles.Zip(
                ("us-name-data.sqlite", File.ReadAllBytes(Build("us-name-data.sqlite"))))),
            "snapshot.csv.gz" => _temp.WriteBytes(relative, SourceFiles.Gzip(
                SourceFiles.Utf8("name,sex,decade,births\nmary,F,1880,1\n"))),
            _ => _temp.WriteText(relative, "name,sex\nMary,F\n"),
        };
    }

    public void Dispose() => _temp.Dispose();
}
