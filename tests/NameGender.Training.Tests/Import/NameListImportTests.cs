using System.Formats.Tar;
using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

/// <summary>The per-language lists of the npm package gender-detection-from-name, in its layout.</summary>
public sealed class NameListImportTests : IDisposable
{
    private const string Italian = """
        const itNames = new Map([
          ['andrea', 'male'],
          ['giulia', 'female'],
          ['nicola', 'male'],
        ]);

        module.exports = itNames;

        """;

    private const string French = """
        const frNames = new Map([
          ['jean', 'male'],
          ['camille', 'male'],
          ['camille', 'female'],
          ['dominique', 'female'],
          ['dominique', 'female'],
        ]);

        module.exports = frNames;

        """;

    private const string English = """
        const enNames = new Map([
          ['andrea', 'female'],
        ]);

        module.exports = enNames;

        """;

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_OneList_LabelsCarryTheWeightAndTheLanguagesCountry()
    {
        var path = _temp.WriteText("it.js", Italian);

        var result = NameDataImporter.Import(path, new ImportOptions { LabelWeight = 4 });

        Assert.Equal(SourceFormats.NameList, result.Source.Format);
        Assert.Equal(SourceKind.Labels, result.Source.Kind);
        Assert.Equal(4, result.Source.LabelWeight);
        Assert.Equal(
            [
                new NameCount("andrea", Sex.Male, null, 4, "IT"),
                new NameCount("giulia", Sex.Female, null, 4, "IT"),
                new NameCount("nicola", Sex.Male, null, 4, "IT"),
            ],
            result.Records);
    }

    [Fact]
    public void Import_NameListedUnderBothSexes_EntersOnceEachSoTheListIsEven()
    {
        var path = _temp.WriteText("fr.js", French);

        var result = NameDataImporter.Import(path, new ImportOptions());

        var camille = result.Records.Where(r => r.Name == "camille").ToList();
        Assert.Equal(2, camille.Count);
        Assert.Contains(camille, r => r.Sex == Sex.Female);
        Assert.Contains(camille, r => r.Sex == Sex.Male);
        Assert.All(camille, r => Assert.Equal(ImportOptions.DefaultLabelWeight, r.Count));
        Assert.Equal(1, result.Report.NamesUnderBothSexes);
    }

    [Fact]
    public void Import_NameListedTwiceWithOneSex_EntersOnce()
    {
        var path = _temp.WriteText("fr.js", French);

        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Single(result.Records, r => r.Name == "dominique");
    }

    [Fact]
    public void Import_EnglishList_HasNoCountryUnlessTheInputGivesOne()
    {
        var path = _temp.WriteText("en.js", English);

        var plain = NameDataImporter.Import(path, new ImportOptions());
        var told = NameDataImporter.Import(path, new ImportOptions { Country = "GB" });

        Assert.Null(Assert.Single(plain.Records).Country);
        Assert.Equal("GB", Assert.Single(told.Records).Country);
    }

    [Fact]
    public void Import_PackageTarball_ReadsEveryListAndNothingElse()
    {
        var path = _temp.WriteBytes("gender-detection-from-name-1.11.5.tgz", SourceFiles.Gzip(Package(
            ("package/index.js", "const enMap = require('./names/en');\n"),
            ("package/names/fr.js", French),
            ("package/names/it.js", Italian),
            ("package/names/en.js", English))));

        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Equal(SourceFormats.NamePackage + SourceFormats.GzipSuffix, result.Source.Format);
        Assert.Equal(SourceKind.Labels, result.Source.Kind);
        Assert.Equal(["FR", "IT"], result.Source.Countries);
        Assert.Equal(1 + 4 + 3, result.Records.Count);
        Assert.Equal(8 * ImportOptions.DefaultLabelWeight, result.Source.TotalCount);
    }

    [Fact]
    public void Import_ListWithAnUnreadableEntry_IsABadLineNamingFileAndLine()
    {
        var path = _temp.WriteText("it.js", "const itNames = new Map([\n  ['luca', 'male'],\n  ['x', 'unknown'],\n]);\n");

        var error = Assert.Throws<ImportException>(() => NameDataImporter.Import(path, new ImportOptions()));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("it.js line 3: expected a line ['name', 'male']", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Package(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
                {
                    DataStream = new MemoryStream(SourceFiles.Utf8(text)),
                };
                writer.WriteEntry(entry);
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => _temp.Dispose();
}
