using System.Collections.Generic;
using System.Threading;

namespace MmpTyped.Sandbox.Recording;

/// <summary>Every request the sandboxed vendors received, in arrival order; safe under concurrent requests.</summary>
internal sealed class EventLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxEvent> _events = [];

    public void Add(SandboxEvent entry)
    {
        lock (_gate)
            _events.Add(entry);
    }

    public SandboxEvent[] Snapshot()
    {
        lock (_gate)
            return _events.ToArray();
    }

    public void Clear()
    {
        lock (_gate)
            _events.Clear();
    }
}
