namespace NameGender.Server.Models;

/// <summary>
/// Where the served model comes from: a file that is replaced by a rename, or the promoted version
/// of a named model in a store. <see cref="ModelWatcher"/> asks it for a model to load, loads it
/// and swaps it in; the source only says what to load and when to look again.
/// </summary>
internal interface IModelSource : IDisposable
{
    /// <summary>
    /// The model to load now, or why there is none; null when nothing changed since the last
    /// offer, so an unchanged (or unchanged broken) model is neither reloaded nor reported again.
    /// </summary>
    Task<ModelOffer?> CheckAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Returns when the source may have changed: after the poll interval, or sooner when the
    /// source is told. Returns (without throwing) when <paramref name="cancellationToken"/> is
    /// canceled.
    /// </summary>
    Task WaitForChangeAsync(CancellationToken cancellationToken);
}
