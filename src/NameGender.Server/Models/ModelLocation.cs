using NameGender.Core.Models;

namespace NameGender.Server.Models;

/// <summary>
/// Where the served model file is, given the configured path: the file itself, or inside a folder
/// (SageMaker unpacks model artefacts into /opt/ml/model/) model.ngmodel, else its only *.ngmodel.
/// </summary>
internal sealed record ModelLocation(string Folder, string Filter, string? File, string? Problem)
{
    public static ModelLocation Resolve(string configuredPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuredPath);

        var path = Path.GetFullPath(configuredPath);
        if (!Directory.Exists(path))
        {
            return new ModelLocation(Path.GetDirectoryName(path)!, Path.GetFileName(path), path, null);
        }

        var filter = "*" + ModelFile.Extension;
        var preferred = Path.Combine(path, ServerOptions.ModelFileName);
        if (System.IO.File.Exists(preferred))
        {
            return new ModelLocation(path, filter, preferred, null);
        }

        var candidates = Directory.GetFiles(path, filter);
        return candidates.Length switch
        {
            1 => new ModelLocation(path, filter, candidates[0], null),
            0 => new ModelLocation(path, filter, null, $"The folder '{path}' holds no {filter} model file."),
            _ => new ModelLocation(path, filter, null,
                $"The folder '{path}' holds {candidates.Length} model files and no " +
                $"{ServerOptions.ModelFileName}; name the one to serve."),
        };
    }
}
