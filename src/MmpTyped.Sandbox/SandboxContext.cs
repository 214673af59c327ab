using System;
using MmpTyped.Sandbox.Faults;
using MmpTyped.Sandbox.Recording;

namespace MmpTyped.Sandbox;

/// <summary>The state one sandbox shares between its endpoints: the clock, the event log, the faults and the de-duplication keys.</summary>
internal sealed class SandboxContext(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public EventLog Events { get; } = new();

    public FaultInjector Faults { get; } = new();

    public Deduplicator Deduplicator { get; } = new();
}
