using System.Net.Http;

namespace MmpTyped.Delivery.Sending;

/// <summary>
/// An <see cref="HttpClient"/> from the factory and when it was taken. The client keeps it for
/// <see cref="Lifetime"/>, the factory's default handler lifetime, then takes a new one, so that the factory's
/// handler rotation still applies while a send does not pay for a new client.
/// </summary>
internal sealed record HeldHttpClient(HttpClient Client, long TakenAt)
{
    /// <summary>Two minutes, in <see cref="System.Environment.TickCount64"/> milliseconds.</summary>
    public const long Lifetime = 2 * 60 * 1000;
}
