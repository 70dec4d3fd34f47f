namespace NameGender.Testing.Files;

/// <summary>A fresh folder under the system temp path for one test, deleted with its contents on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        var name = "namegender-tests-" + Guid.NewGuid().ToString("N");
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="contents"/> to a file below the folder; returns its path.</summary>
    public string Write(string relativePath, string contents)
    {
        var path = Prepare(relativePath);
        File.WriteAllText(path, contents);
        return path;
    }

    /// <summary>Writes <paramref name="contents"/> to a file below the folder; returns its path.</summary>
    public string Write(string relativePath, byte[] contents)
    {
        var path = Prepare(relativePath);
        File.WriteAllBytes(path, contents);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process or a pooled connection may hold a file a moment longer; the temp
            // folder is cleaned anyway.
        }
    }

    private string Prepare(string relativePath)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
