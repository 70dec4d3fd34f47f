namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Reports progress on the calling thread. <see cref="Progress{T}"/> posts to the thread pool, so
/// console lines would arrive late and out of order with the work they describe.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
