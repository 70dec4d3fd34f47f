using NameGender.Core.Models;
using NameGender.Training;

namespace NameGender.Core.Tests.Fixtures;

/// <summary>Trains real (small) models from CSV text, the way a user would with train --input.</summary>
public static class FixtureModels
{
    public static GenderModel Train(string csv, TrainingOptions? options = null) => Train([csv], options);

    /// <summary>Trains on several CSV files at once, each imported on its own.</summary>
    public static GenderModel Train(IReadOnlyList<string> csvFiles, TrainingOptions? options = null) =>
        TestModels.Train(csvFiles, options ?? new TrainingOptions());

    /// <summary>
    /// A few dozen common names with clear majorities, enough letters for the trigram profile, and
    /// some names whose sex changed over the decades. Data years run 1900-2012.
    /// </summary>
    public const string SmallSsa = """
        name,sex,count,year
        Emily,F,9000,1995
        Emily,M,20,1995
        Mary,F,12000,1950
        Maryann,F,800,1955
        Anna,F,7000,1990
        Laura,F,5000,1975
        Maria,F,6000,1985
        Sophia,F,8000,2010
        Olivia,F,8500,2012
        Isabella,F,7000,2008
        Hannah,F,6000,2000
        Julia,F,4000,1998
        Robert,M,11000,1950
        Robert,F,40,1950
        John,M,13000,1960
        Michael,M,12000,1975
        David,M,10000,1965
        James,M,11000,1955
        William,M,9000,1945
        Thomas,M,8000,1970
        Daniel,M,8500,1990
        Matthew,M,7000,1988
        Andrew,M,6000,1985
        Christopher,M,9000,1982
        Leslie,M,3000,1925
        Leslie,F,100,1925
        Leslie,F,4000,1965
        Leslie,M,150,1965
        Tess,F,3,2001
        Agnes,F,500,1900
        Xavier,M,900,2005
        Quinn,M,300,2005
        Zoe,F,800,2008
        Victor,M,700,1980
        Bobby,M,600,1960
        Kevin,M,900,1985
        Jordan,M,600,1995
        Jordan,F,400,1995
        """;
}
