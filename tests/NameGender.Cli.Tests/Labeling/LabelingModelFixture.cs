using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Training;

namespace NameGender.Cli.Tests.Labeling;

/// <summary>
/// A small real model, trained once for the labelling tests from a few dozen names, and saved as a
/// model file for the command tests. Leslie turned from a boys' to a girls' name between the
/// 1920s and the 1960s, which the birth-year tests rely on.
/// </summary>
public sealed class LabelingModelFixture : IDisposable
{
    private const string Names = """
        name,sex,count,year
        Emily,F,8200,1996
        Emily,M,15,1996
        Mary,F,10500,1952
        Anna,F,6400,1991
        Laura,F,4700,1976
        Sophia,F,7300,2011
        Olivia,F,7900,2012
        Hannah,F,5200,2001
        Julia,F,3900,1999
        Zoe,F,900,2007
        Chloe,F,1200,2009
        Grace,F,2100,2004
        John,M,12800,1961
        Michael,M,11300,1974
        David,M,9600,1966
        James,M,10400,1956
        William,M,8700,1946
        Thomas,M,7600,1971
        Daniel,M,8100,1989
        Andrew,M,5800,1986
        Peter,M,4300,1958
        Victor,M,800,1981
        Kevin,M,950,1984
        Leslie,M,2900,1926
        Leslie,F,120,1926
        Leslie,F,3800,1966
        Leslie,M,160,1966
        """;

    private readonly TemporaryFolder _folder = new();

    public LabelingModelFixture()
    {
        Model = ModelFile.Save(TestModels.Train(Names, new TrainingOptions()), ModelPath);
        Predictor = new GenderPredictor(Model);
    }

    public GenderModel Model { get; }

    public GenderPredictor Predictor { get; }

    public string ModelPath => _folder.Combine("fixture" + ModelFile.Extension);

    public void Dispose() => _folder.Dispose();
}
