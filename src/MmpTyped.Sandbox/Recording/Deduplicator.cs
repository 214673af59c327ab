using System.Collections.Generic;
using System.Threading;

namespace MmpTyped.Sandbox.Recording;

/// <summary>
/// The de-duplication keys of the events recorded so far (Airbridge <c>eventUUID</c>, per app). The
/// vendors document no window; the sandbox remembers a key until its events are cleared.
/// </summary>
internal sealed class Deduplicator
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = [];

    /// <summary>True the first time a key is seen; false for a replay.</summary>
    public bool TryClaim(string key)
    {
        lock (_gate)
            return _seen.Add(key);
    }

    public void Clear()
    {
        lock (_gate)
            _seen.Clear();
    }
}
