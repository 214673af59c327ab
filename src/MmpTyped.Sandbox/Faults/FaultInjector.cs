using System;
using System.Collections.Generic;
using System.Threading;

namespace MmpTyped.Sandbox.Faults;

/// <summary>The faults waiting for each vendor's next requests, taken one request at a time.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Pending>> _pending = new(StringComparer.Ordinal);

    public void Add(SandboxFault fault)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(fault.Vendor, out var queue))
                _pending[fault.Vendor] = queue = new Queue<Pending>();
            queue.Enqueue(new Pending(fault, fault.Count));
        }
    }

    /// <summary>The fault that applies to this request to <paramref name="vendor"/>, if any; each call uses up one of its count.</summary>
    public SandboxFault? TryTake(string vendor)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(vendor, out var queue) || queue.Count == 0)
                return null;
            var head = queue.Peek();
            if (--head.Remaining == 0)
                queue.Dequeue();
            return head.Fault;
        }
    }

    public void Clear()
    {
        lock (_gate)
            _pending.Clear();
    }

    private sealed class Pending(SandboxFault fault, int remaining)
    {
        public SandboxFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
