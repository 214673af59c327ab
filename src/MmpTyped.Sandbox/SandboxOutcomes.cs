namespace MmpTyped.Sandbox;

/// <summary>The outcomes a <see cref="SandboxEvent"/> can have.</summary>
public static class SandboxOutcomes
{
    /// <summary>The vendor accepted the event and would have recorded it.</summary>
    public const string Recorded = "recorded";

    /// <summary>The vendor answered as if it had accepted the event (AppsFlyer: 200 OK) but would not record it: the silent drop.</summary>
    public const string Dropped = "dropped";

    /// <summary>A replay of an event the vendor already recorded (same de-duplication key): accepted, counted once.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The vendor refused the request with a 4xx: bad authentication, unreadable JSON, a missing mandatory field.</summary>
    public const string Rejected = "rejected";

    /// <summary>Over the vendor's rate limit: 429.</summary>
    public const string Throttled = "throttled";

    /// <summary>A fault injected with <see cref="MmpSandbox.InjectFault"/>: the status it asked for, or a reset connection.</summary>
    public const string Failed = "failed";
}
