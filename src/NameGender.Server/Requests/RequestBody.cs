namespace NameGender.Server.Requests;

/// <summary>A request body read whole, or the fact that it was larger than allowed.</summary>
internal readonly record struct RequestBody(byte[] Bytes, bool TooLarge)
{
    public static RequestBody Over { get; } = new([], TooLarge: true);
}
