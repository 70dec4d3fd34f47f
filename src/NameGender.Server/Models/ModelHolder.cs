namespace NameGender.Server.Models;

/// <summary>
/// The model every request uses. Swapped with one atomic write: a request that already took the
/// old model finishes with it, the next one gets the new. Until a first model loads, it says why
/// none is served.
/// </summary>
internal sealed class ModelHolder
{
    private ServedModel? _current;
    private string _unavailableReason = "The model is still loading; try again in a few seconds.";

    public ServedModel? Current => Volatile.Read(ref _current);

    /// <summary>Why no model is served; meaningful only while <see cref="Current"/> is null.</summary>
    public string UnavailableReason => Volatile.Read(ref _unavailableReason);

    /// <summary>Serves <paramref name="model"/> from now on and returns the one it replaces.</summary>
    public ServedModel? Serve(ServedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        return Interlocked.Exchange(ref _current, model);
    }

    public void MarkUnavailable(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        Volatile.Write(ref _unavailableReason, reason);
    }
}
