namespace NameGender.Core.Models;

/// <summary>Summed female and male counts of some spelling neighbours, and how many there are.</summary>
public sealed class NeighbourGroup
{
    public double Female { get; private set; }

    public double Male { get; private set; }

    public int Names { get; private set; }

    public void Add(double female, double male)
    {
        Female += female;
        Male += male;
        Names++;
    }
}
