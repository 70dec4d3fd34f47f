namespace NameGender.Cli.Labeling;

/// <summary>
/// Where the labelled CSV goes: standard output for "-", else a temporary file beside the target
/// that replaces it only once every row is written, so a failed run never leaves half a file or
/// destroys the previous one.
/// </summary>
internal sealed class LabelOutput : IDisposable
{
    public const string StandardOutput = "-";

    private const int BufferSize = 1 << 16;

    private readonly string? _target;
    private readonly string? _temporary;
    private bool _committed;

    private LabelOutput(Stream stream, string? target, string? temporary)
    {
        Stream = stream;
        _target = target;
        _temporary = temporary;
    }

    public Stream Stream { get; }

    public static LabelOutput Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (path == StandardOutput)
        {
            return new LabelOutput(Console.OpenStandardOutput(), null, null);
        }

        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            throw new LabelException($"cannot write '{path}': the folder '{directory}' does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(
            temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        return new LabelOutput(stream, target, temporary);
    }

    /// <summary>Flushes the output and, for a file, puts it in place of the target.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_temporary is not null)
        {
            Stream.Dispose();
            File.Move(_temporary, _target!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (_temporary is not null && !_committed)
        {
            File.Delete(_temporary);
        }
    }
}
