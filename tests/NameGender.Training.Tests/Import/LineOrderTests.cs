using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class LineOrderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_TwoOrdersOfTheSameLines_GiveTheSameSumsPerNameAndSex()
    {
        string[] lines =
            ["Jordan,F,5", "Jordan,M,5", "Casey,M,3", "Casey,F,3", "Jordan,F,2", "Jordan,M,2"];
        var forward = _temp.WriteText("yob2000.txt", string.Join('\n', lines));
        var backward = _temp.WriteText("reversed/yob2000.txt", string.Join('\n', lines.Reverse()));

        var sumsForward = Sums(NameDataImporter.Import(forward, new ImportOptions()));
        var sumsBackward = Sums(NameDataImporter.Import(backward, new ImportOptions()));

        Assert.Equal(sumsForward, sumsBackward);
        Assert.Equal(7, sumsForward[("Jordan", Sex.Female)]);
        Assert.Equal(7, sumsForward[("Jordan", Sex.Male)]);
        Assert.Equal(3, sumsForward[("Casey", Sex.Female)]);
        Assert.Equal(3, sumsForward[("Casey", Sex.Male)]);
    }

    private static Dictionary<(string Name, Sex Sex), long> Sums(ImportResult result) =>
        result.Records
            .GroupBy(record => (record.Name, record.Sex))
            .ToDictionary(group => group.Key, group => group.Sum(record => record.Count));

    public void Dispose() => _temp.Dispose();
}
