using NameGender.Feedback.Insights;

namespace NameGender.Feedback.Tests.Insights;

/// <summary>The t distribution against published two-sided 95% critical values.</summary>
public sealed class StudentTTests
{
    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(2, 4.3027)]
    [InlineData(5, 2.5706)]
    [InlineData(10, 2.2281)]
    [InlineData(30, 2.0423)]
    [InlineData(1000, 1.9623)]
    public void Critical_95Percent_MatchesTheTable(double degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Critical(0.95, degreesOfFreedom), 3);
    }

    [Fact]
    public void Critical_FractionalDegrees_LiesBetweenItsNeighbours()
    {
        var between = StudentT.Critical(0.95, 2.5);

        Assert.InRange(between, StudentT.Critical(0.95, 3), StudentT.Critical(0.95, 2));
    }

    [Fact]
    public void Cdf_IsSymmetricAroundZero()
    {
        Assert.Equal(0.5, StudentT.Cdf(0, 7), 12);
        Assert.Equal(1, StudentT.Cdf(1.3, 7) + StudentT.Cdf(-1.3, 7), 12);
    }
}
