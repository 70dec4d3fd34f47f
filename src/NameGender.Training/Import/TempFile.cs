namespace NameGender.Training.Import;

/// <summary>A file in the temp folder that is deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static TempFile Create(string extension) => new(System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), $"namegender-{Guid.NewGuid():N}{extension}"));

    /// <summary>Copies <paramref name="source"/> into a new temp file.</summary>
    public static TempFile CopyOf(Stream source, string extension)
    {
        var file = Create(extension);
        try
        {
            using var target = File.Create(file.Path);
            source.CopyTo(target);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => File.Delete(Path);
}
