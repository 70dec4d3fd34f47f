namespace NameGender.Store;

/// <summary>
/// A model store cannot do what was asked: no such model or version, a corrupt download, a store
/// that cannot be reached or refuses access. The message names the store location and the object.
/// </summary>
public sealed class ModelStoreException : Exception
{
    public ModelStoreException()
    {
    }

    public ModelStoreException(string message)
        : base(message)
    {
    }

    public ModelStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
