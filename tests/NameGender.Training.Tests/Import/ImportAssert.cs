using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

internal static class ImportAssert
{
    /// <summary>Imports <paramref name="path"/>, which must fail; returns the exception.</summary>
    public static ImportException Fails(string path, ImportOptions? options = null) =>
        Assert.Throws<ImportException>(
            () => NameDataImporter.Import(path, options ?? new ImportOptions()));
}
