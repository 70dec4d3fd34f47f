using System.Runtime.InteropServices;

namespace NameGender.Server.Models;

/// <summary>
/// SIGHUP, the conventional "reread your configuration" signal: it asks a server following a
/// store to read the promoted pointer at once instead of at the next poll. Handling it also keeps
/// the signal from ending the process, its default.
/// </summary>
internal sealed class HangUpSignal : IDisposable
{
    private readonly PosixSignalRegistration? _registration;
    private TaskCompletionSource _received = NewSignal();

    public HangUpSignal()
    {
        try
        {
            _registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                Volatile.Read(ref _received).TrySetResult();
            });
        }
        catch (PlatformNotSupportedException)
        {
            // Where there is no SIGHUP, the poll alone finds promotions.
            _registration = null;
        }
    }

    /// <summary>Completes at the next SIGHUP.</summary>
    public Task Next => Volatile.Read(ref _received).Task;

    /// <summary>Forgets a signal that was received, so <see cref="Next"/> waits for another.</summary>
    public void Reset()
    {
        if (Volatile.Read(ref _received).Task.IsCompleted)
        {
            Volatile.Write(ref _received, NewSignal());
        }
    }

    public void Dispose() => _registration?.Dispose();

    private static TaskCompletionSource NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
