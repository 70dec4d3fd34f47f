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

        var target = Resolve(path);
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

    // A link is written through: its final target is replaced and the link kept. A device or a
    // process's stream (/dev/stdout, /dev/full) cannot be replaced by a renamed file, and .NET cannot
    // tell a device from a file, so such paths are refused by where they live.
    private static string Resolve(string path)
    {
        var target = Path.GetFullPath(path);
        var file = new FileInfo(target);
        if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is { } linked)
        {
            target = linked.FullName;
        }

        if (Directory.Exists(target))
        {
            throw new LabelException($"cannot write '{path}': it is a folder; name a file in it");
        }

        if (!OperatingSystem.IsWindows() && (target.StartsWith("/dev/", StringComparison.Ordinal)
            || target.StartsWith("/proc/", StringComparison.Ordinal)))
        {
            throw new LabelException(
                $"cannot write '{path}': it is a device, not a file; use --output=- for standard output");
        }

        return target;
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
