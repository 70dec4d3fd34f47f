namespace NameGender.Store.Storage;

/// <summary>
/// Objects as files under a root folder. A put writes a hidden temporary file beside its target,
/// flushes it to disk and renames it over the target, which POSIX and NTFS do atomically; listings
/// skip the hidden files, so an interrupted put leaves nothing a reader can see.
/// </summary>
internal sealed class LocalFolderStorage : IObjectStorage
{
    private const string TemporaryPrefix = ".";

    private readonly string _root;

    public LocalFolderStorage(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);

        _root = Path.GetFullPath(root);
    }

    public string Location => _root;

    public string Describe(string key) => PathOf(key);

    public async Task PutFileAsync(string key, string sourcePath, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(sourcePath);
        await WriteAtomicallyAsync(key, source, cancellationToken);
    }

    public async Task PutBytesAsync(
        string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var source = new MemoryStream(content.ToArray(), writable: false);
        await WriteAtomicallyAsync(key, source, cancellationToken);
    }

    public async Task<byte[]?> TryGetBytesAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<bool> TryDownloadAsync(
        string key, string destinationPath, CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = File.OpenRead(PathOf(key));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        await using (source)
        await using (var destination = File.Create(destinationPath))
        {
            await source.CopyToAsync(destination, cancellationToken);
        }

        return true;
    }

    public Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = PathOf(prefix);
        IReadOnlyList<string> folders = Directory.Exists(folder)
            ? [.. Directory.EnumerateDirectories(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => !name.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)]
            : [];
        return Task.FromResult(folders);
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = PathOf(prefix);
        IReadOnlyList<string> keys = Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)]
            : [];
        return Task.FromResult(keys);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path);
        RemoveEmptyFolder(Path.GetDirectoryName(path)!);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    private async Task WriteAtomicallyAsync(string key, Stream source, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(
            folder, $"{TemporaryPrefix}{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await source.CopyToAsync(target, cancellationToken);

                // Without this a crash after the rename could leave the new name holding no data.
                target.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // A deleted version leaves no empty folder behind to be listed. Only the object's own folder
    // goes: a parent may be in use by a writer that has just created it.
    private void RemoveEmptyFolder(string folder)
    {
        if (folder.Length > _root.Length
            && Directory.Exists(folder)
            && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    private string PathOf(string key)
    {
        var segments = key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            throw new ArgumentException(
                $"store keys have no '.' or '..' segments; found '{key}'", nameof(key));
        }

        return Path.Combine([_root, .. segments]);
    }
}
