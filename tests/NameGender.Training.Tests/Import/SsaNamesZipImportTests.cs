using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class SsaNamesZipImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_NamesZip_ReadsEveryYobEntryAndIgnoresTheReadMe()
    {
        var path = _temp.WriteBytes("names.zip", SourceFiles.Zip(
            ("NationalReadMe.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0xff]),
            ("yob1881.txt", SourceFiles.Utf8("Anna,F,2\r\n")),
            ("yob1880.txt", SourceFiles.Utf8("Mary,F,1\r\nJohn,M,3\r\n"))));

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [
                new NameCount("Mary", Sex.Female, YearPeriod.Year(1880), 1, "US"),
                new NameCount("John", Sex.Male, YearPeriod.Year(1880), 3, "US"),
                new NameCount("Anna", Sex.Female, YearPeriod.Year(1881), 2, "US"),
            ],
            result.Records);
        Assert.Equal(SourceFormats.SsaNamesZip, result.Source.Format);
        Assert.Equal(SourceKind.Births, result.Source.Kind);
        Assert.Equal(3, result.Report.LinesRead);
    }

    [Fact]
    public void Import_NamesZipWithBadLine_NamesZipAndEntry()
    {
        var path = _temp.WriteBytes("names.zip", SourceFiles.Zip(
            ("yob1880.txt", SourceFiles.Utf8("Mary,F,1\nJohn,M,lots\n"))));

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "names.zip!yob1880.txt line 2, field 'count': "
            + "expected a whole number >= 0, found 'lots'",
            exception.Message);
        Assert.Equal("names.zip!yob1880.txt", exception.File);
        Assert.Equal(2, exception.Line);
    }

    [Fact]
    public void Import_ZipOfUnrelatedEntries_ThrowsListingTheEntries()
    {
        var path = _temp.WriteBytes("photos.zip", SourceFiles.Zip(
            ("cat.txt", SourceFiles.Utf8("meow")),
            ("dog.txt", SourceFiles.Utf8("woof"))));

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith(
            "photos.zip: a zip holding neither yobYYYY.txt entries", exception.Message);
        Assert.EndsWith("entries found: cat.txt, dog.txt", exception.Message);
    }

    [Fact]
    public void Import_TruncatedZip_ThrowsImportException()
    {
        var zip = SourceFiles.Zip(("yob1880.txt", SourceFiles.Utf8("Mary,F,1\n")));
        var path = _temp.WriteBytes("names.zip", zip[..(zip.Length / 2)]);

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith("names.zip: cannot be read: ", exception.Message);
    }

    public void Dispose() => _temp.Dispose();
}
