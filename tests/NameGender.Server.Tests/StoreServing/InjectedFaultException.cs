using NameGender.Store;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>The failure a test injects into the store before one of its steps.</summary>
public sealed class InjectedFaultException : Exception
{
    public InjectedFaultException()
        : base("injected fault")
    {
    }

    public InjectedFaultException(string message)
        : base(message)
    {
    }

    public InjectedFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws when the store reaches <paramref name="target"/>.</summary>
    internal static void At(StoreStep target, StoreStep reached)
    {
        if (reached == target)
        {
            throw new InjectedFaultException($"injected before {reached}");
        }
    }
}
