using System.Globalization;
using System.Text;
using NameGender.Core.Names;

namespace NameGender.Core.Tests.Names;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Emily", "emily")]
    [InlineData("EMILY", "emily")]
    [InlineData("  emily  ", "emily")]
    [InlineData("\temily\t", "emily")]
    [InlineData("\u00A0Emily\u00A0", "emily")]
    [InlineData("Emily\u200B", "emily")]
    public void Normalize_CaseAndSurroundingWhitespace_GivesLowerCaseKey(string input, string key)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.Equal([key], name.Candidates);
        Assert.Equal(key, name.ModelKey);
    }

    [Theory]
    [InlineData("Mary\tAnn", "maryann")]
    [InlineData("Mary\u00A0Ann", "maryann")]
    [InlineData("Mary    Ann", "maryann")]
    public void Normalize_InnerWhitespaceOfAnyKind_SeparatesWords(string input, string joined)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.Equal([joined, "mary"], name.Candidates);
    }

    [Theory]
    [InlineData("IRIS", "iris")]
    [InlineData("Isabelle", "isabelle")]
    [InlineData("İlker", "ilker")]
    [InlineData("Işıl", "isil")]
    public void Normalize_UnderTurkishCulture_UsesInvariantCase(string input, string key)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");

            var name = NameNormalizer.Normalize(input);

            Assert.Equal(key, name.ModelKey);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("José", "jose")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Renée", "renee")]
    [InlineData("Åsa", "asa")]
    [InlineData("Ñusta", "nusta")]
    [InlineData("Çağla", "cagla")]
    public void Normalize_AccentedLatinLetters_AreFolded(string input, string key)
    {
        Assert.Equal(key, NameNormalizer.Normalize(input).ModelKey);
    }

    [Fact]
    public void Normalize_ComposedAndDecomposedForms_GiveTheSameKey()
    {
        var composed = "Ren\u00E9e".Normalize(NormalizationForm.FormC);
        var decomposed = "Ren\u00E9e".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(
            NameNormalizer.Normalize(composed).ModelKey,
            NameNormalizer.Normalize(decomposed).ModelKey);
    }

    [Theory]
    [InlineData("Søren", "soren")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Ægir", "aegir")]
    [InlineData("Margaß", "margass")]
    [InlineData("Þóra", "thora")]
    [InlineData("Đorđe", "dorde")]
    public void Normalize_LettersWithoutDecomposition_AreMapped(string input, string key)
    {
        Assert.Equal(key, NameNormalizer.Normalize(input).ModelKey);
    }

    [Theory]
    [InlineData("Jean-Michel", "jeanmichel", "jean")]
    [InlineData("Mary-Kate", "marykate", "mary")]
    [InlineData("Mary Ann", "maryann", "mary")]
    [InlineData("Mary–Kate", "marykate", "mary")]
    [InlineData("Mary Ann Smith", "maryann", "mary")]
    [InlineData("Carter, Mary Ann", "maryann", "mary")]
    public void Normalize_CompoundGivenNames_TryJoinedFormThenFirstPart(
        string input, string joined, string firstPart)
    {
        Assert.Equal([joined, firstPart], NameNormalizer.Normalize(input).Candidates);
    }

    [Theory]
    [InlineData("Maria Lopez-Garcia")]
    [InlineData("Maria Lopez")]
    [InlineData("Lopez-Garcia, Maria")]
    [InlineData("Dr. Maria Lopez-Garcia")]
    public void Normalize_HyphenatedSurname_NeverChangesTheGivenName(string input)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.Equal("maria", name.ModelKey);
        Assert.DoesNotContain(name.Candidates, c => c.Contains("garcia", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("D'Andre", "dandre")]
    [InlineData("D’Andre", "dandre")]
    [InlineData("Shin'ichi", "shinichi")]
    [InlineData("O'Neil", "oneil")]
    public void Normalize_Apostrophes_AreRemoved(string input, string key)
    {
        Assert.Equal(key, NameNormalizer.Normalize(input).ModelKey);
    }

    [Theory]
    [InlineData("Dr. Maria Lopez", "maria")]
    [InlineData("Miss Laura Bennett", "laura")]
    [InlineData("Lopez, Maria", "maria")]
    [InlineData("Carter,Emily", "emily")]
    [InlineData("CARTER, EMILY J", "emily")]
    [InlineData("J. Robert Hale", "robert")]
    [InlineData("Anna B.", "anna")]
    [InlineData("Drew Carter", "drew")]
    [InlineData("Dean Hale", "dean")]
    [InlineData("Prof. Dr. Anna Schmidt", "anna")]
    [InlineData("John Smith, Jr.", "john")]
    [InlineData("Robert Hale III", "robert")]
    [InlineData("Hale, J. Robert", "robert")]
    public void Normalize_FullNames_PickTheGivenName(string input, string given)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.True(name.IsUsable, name.Reason);
        Assert.Equal(given, name.ModelKey);
    }

    [Fact]
    public void Normalize_SingleWordNamesAfterInitial_AreNotJoinedWithTheInitial()
    {
        Assert.Equal(["emily"], NameNormalizer.Normalize("CARTER, EMILY J").Candidates);
        Assert.Equal(["anna"], NameNormalizer.Normalize("Anna B.").Candidates);
    }

    [Theory]
    [InlineData("Mrs Hale")]
    [InlineData("Mrs. Hale")]
    [InlineData("Mr Smith")]
    [InlineData("Hale, Mrs")]
    public void Normalize_TitleWithSurnameOnly_IsUnusableAndNeverLooksUpTheSurname(string input)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.False(name.IsUsable);
        Assert.Empty(name.Candidates);
        Assert.Null(name.ModelKey);
    }

    [Theory]
    [InlineData("Mrs")]
    [InlineData("Dr")]
    [InlineData("PROF")]
    [InlineData("Mrs.")]
    [InlineData(" mr ")]
    public void Normalize_ALoneTitle_IsUnusableWithItsReason(string input)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.False(name.IsUsable);
        Assert.Null(name.ModelKey);
        Assert.Equal(NameNormalizer.TitleOnlyReason, name.Reason);
    }

    [Theory]
    [InlineData("Lady", "lady")]
    [InlineData("Sir", "sir")]
    [InlineData("Mrs", "mrs")]
    public void NormalizeRecordedName_ALoneTitleWordInNameData_IsTheName(string input, string key)
    {
        var name = NameNormalizer.NormalizeRecordedName(input);

        Assert.True(name.IsUsable);
        Assert.Equal(key, name.ModelKey);
        Assert.False(NameNormalizer.Normalize(input).IsUsable);
    }

    [Fact]
    public void Normalize_TitleWithSurnameOnly_GivesTheDocumentedReason()
    {
        Assert.Equal(NameNormalizer.TitleAndSurnameReason, NameNormalizer.Normalize("Mrs Hale").Reason);
        Assert.Equal(NameNormalizer.TitleOnlyReason, NameNormalizer.Normalize("Dr.").Reason);
    }

    [Theory]
    [InlineData("J.")]
    [InlineData("J. K.")]
    [InlineData("J.K.")]
    [InlineData("J")]
    [InlineData("J. Hale")]
    [InlineData("Hale, J.")]
    public void Normalize_InitialsOnly_IsUnknownWithReason(string input)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.Equal(NameNormalizer.InitialsOnlyReason, name.Reason);
    }

    [Theory]
    [InlineData("Anna2", "anna")]
    [InlineData("4nna Maria", "nnamaria")]
    [InlineData("Emily 😀", "emily")]
    [InlineData("😀Emily", "emily")]
    [InlineData("Emily™", "emily")]
    public void Normalize_DigitsAndEmoji_AreStripped(string input, string firstCandidate)
    {
        Assert.Equal(firstCandidate, NameNormalizer.Normalize(input).Candidates[0]);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("😀😀")]
    [InlineData("---")]
    [InlineData("...")]
    public void Normalize_NothingButDigitsOrSymbols_IsUnknownWithReason(string input)
    {
        Assert.Equal(NameNormalizer.NoLettersReason, NameNormalizer.Normalize(input).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Normalize_Empty_IsUnknownWithReason(string? input)
    {
        Assert.Equal(NameNormalizer.EmptyReason, NameNormalizer.Normalize(input).Reason);
    }

    [Theory]
    [InlineData("Анна", "анна")]
    [InlineData("小明", "小明")]
    [InlineData("Ελένη", "ελενη")]
    public void Normalize_NonLatinScripts_KeepTheirLetters(string input, string key)
    {
        var name = NameNormalizer.Normalize(input);

        Assert.True(name.IsUsable);
        Assert.Equal(key, name.ModelKey);
    }

    [Fact]
    public void Normalize_CyrillicShortI_KeepsItsBreve()
    {
        Assert.Equal("андрей", NameNormalizer.Normalize("Андрей").ModelKey);
    }

    [Fact]
    public void Normalize_UnpairedSurrogate_DoesNotThrow()
    {
        var name = NameNormalizer.Normalize("Ann\uD800a");

        Assert.Equal("anna", name.ModelKey);
    }

    [Fact]
    public void Normalize_OverlongInput_IsRefusedWithTheLimit()
    {
        var name = NameNormalizer.Normalize(new string('a', NameNormalizer.MaxInputLength + 1));

        Assert.Equal(NameNormalizer.TooLongReason, name.Reason);
        Assert.Contains("256", name.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_Input_IsKeptExactlyAsGiven()
    {
        Assert.Equal("  Dr. Maria Lopez ", NameNormalizer.Normalize("  Dr. Maria Lopez ").Input);
    }
}
