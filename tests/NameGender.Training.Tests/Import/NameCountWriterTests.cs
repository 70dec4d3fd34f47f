using System.IO.Compression;
using System.Text;
using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class NameCountWriterTests : IDisposable
{
    private static readonly NameCount[] Records =
    [
        new("mary", Sex.Female, YearPeriod.Year(1955), 3),
        new("john", Sex.Male, YearPeriod.Year(1950), 4),
        new("mary", Sex.Male, YearPeriod.Year(1951), 1),
        new("mary", Sex.Female, YearPeriod.Year(1950), 2),
        new("mary", Sex.Female, YearPeriod.Year(1960), 6),
        new("mary", Sex.Female, null, 7),
        new("smith, jo", Sex.Female, new YearPeriod(1970, 1979), 8),
        new("Zoe", Sex.Female, YearPeriod.Year(2001), 9),
    ];

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Write_Records_SumsPerNameSexAndDecadeInSnapshotOrder()
    {
        using var buffer = new MemoryStream();

        var rows = NameCountWriter.Write(Records, buffer);

        Assert.Equal(7, rows);
        Assert.Equal(
            "name,sex,decade,births\n"
            + "Zoe,F,2000,9\n"
            + "john,M,1950,4\n"
            + "mary,F,,7\n"
            + "mary,F,1950,5\n"
            + "mary,F,1960,6\n"
            + "mary,M,1950,1\n"
            + "\"smith, jo\",F,1970,8\n",
            Decompress(buffer.ToArray()));
    }

    [Fact]
    public void Write_RecordsWithCountries_KeepsThemApartInALastColumnAndReadsThemBack()
    {
        NameCount[] records =
        [
            new("andrea", Sex.Male, null, 5, "IT"),
            new("andrea", Sex.Female, null, 9, "US"),
            new("andrea", Sex.Female, null, 1, null),
            new("andrea", Sex.Female, null, 2, "US"),
        ];
        var path = _temp.PathOf("countries.csv.gz");

        NameCountWriter.Write(records, path);
        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Equal(
            "name,sex,decade,births,country\n"
            + "andrea,F,,1,\n"
            + "andrea,F,,11,US\n"
            + "andrea,M,,5,IT\n",
            Decompress(File.ReadAllBytes(path)));
        Assert.Equal(["IT", "US"], result.Source.Countries);
    }

    [Fact]
    public void Write_ThenImport_GivesBackTheSameCountsPerDecade()
    {
        var path = _temp.PathOf("snapshot.csv.gz");
        NameCountWriter.Write(Records, path);

        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Equal(
            [
                new NameCount("Zoe", Sex.Female, new YearPeriod(2000, 2009), 9),
                new NameCount("john", Sex.Male, new YearPeriod(1950, 1959), 4),
                new NameCount("mary", Sex.Female, null, 7),
                new NameCount("mary", Sex.Female, new YearPeriod(1950, 1959), 5),
                new NameCount("mary", Sex.Female, new YearPeriod(1960, 1969), 6),
                new NameCount("mary", Sex.Male, new YearPeriod(1950, 1959), 1),
                new NameCount("smith, jo", Sex.Female, new YearPeriod(1970, 1979), 8),
            ],
            result.Records);
        Assert.Equal("csv+gzip", result.Source.Format);
        Assert.Equal(SourceKind.Births, result.Source.Kind);
        Assert.Equal(Records.Sum(record => record.Count), result.Source.TotalCount);
    }

    [Fact]
    public void Write_TheSameRecordsTwiceInAnotherOrder_GivesIdenticalBytesWithNoTimestamp()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        NameCountWriter.Write(Records, first);
        NameCountWriter.Write(Records.Reverse(), second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal([0x1f, 0x8b], first.ToArray()[..2]);
        Assert.Equal([0, 0, 0, 0], first.ToArray()[4..8]);
    }

    [Fact]
    public void Write_RecordSpanningTwoDecades_Throws()
    {
        using var buffer = new MemoryStream();
        NameCount[] records = [new("mary", Sex.Female, new YearPeriod(1955, 1964), 1)];

        var exception = Assert.Throws<ArgumentException>(
            () => NameCountWriter.Write(records, buffer));

        Assert.StartsWith(
            "The record of mary (Female) covers 1955-1964, more than one decade",
            exception.Message);
    }

    [Fact]
    public void Write_ToPathWithRecordSpanningTwoDecades_LeavesNoFile()
    {
        var path = _temp.PathOf("snapshot.csv.gz");
        NameCount[] records = [new("mary", Sex.Female, new YearPeriod(1955, 1964), 1)];

        Assert.Throws<ArgumentException>(() => NameCountWriter.Write(records, path));

        Assert.False(File.Exists(path));
    }

    private static string Decompress(byte[] gzipped)
    {
        using var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public void Dispose() => _temp.Dispose();
}
