using NameGender.Core.Models;

namespace NameGender.Feedback.Identification;

/// <summary>
/// How a record names the model that predicted its gender: name@model_id. The id alone decides
/// whether a record is up to date; the name tells people which model that was.
/// </summary>
public static class ModelVersions
{
    public static string Of(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        return manifest.Name + "@" + manifest.ModelId;
    }
}
