namespace NameGender.Server.Models;

/// <summary>
/// What tells one model file from its replacement without reading it. An atomic rename brings a
/// new file whose write time (and usually length) differs; comparing them costs one stat call.
/// </summary>
internal readonly record struct ModelFileIdentity(string Path, long Length, DateTime LastWriteUtc)
{
    public static ModelFileIdentity? Of(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var file = new FileInfo(path);
        return file.Exists ? new ModelFileIdentity(file.FullName, file.Length, file.LastWriteTimeUtc) : null;
    }
}
