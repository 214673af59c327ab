using System;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// How the outbox dispatcher works, bound from <c>MmpTyped:Outbox</c> (for example <c>MmpTyped:Outbox:BatchSize</c>)
/// and checked when the host starts.
/// </summary>
public sealed class OutboxDispatcherOptions
{
    /// <summary>The configuration section: <c>MmpTyped:Outbox</c>.</summary>
    public const string SectionName = "MmpTyped:Outbox";

    /// <summary>The most rows leased at once (default 100).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How many Airbridge rows of a batch are sent at once (default 16): Airbridge drops a replayed <c>eventUUID</c>.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>
    /// How many rows of the vendors that do not de-duplicate a replay (AppsFlyer, Affise) are in flight at once
    /// (default 1). AppsFlyer has no de-duplication key, and Affise does not document dropping a second
    /// <c>affise_event_id</c>: a dispatcher that dies after the vendor received such a row and before its outcome was
    /// written sends that row again, so a crash costs at most this many duplicates.
    /// </summary>
    public int ReplayUnsafeConcurrency { get; set; } = 1;

    /// <summary>
    /// How long leased rows are held (default 2 minutes). It must outlast sending a batch; when a dispatcher dies, its
    /// rows become due again after it.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long to wait before looking again when no row was due (default 1 second).</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first delay before a row that failed transiently is sent again (default 5 seconds); it doubles per attempt.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay between two attempts of one row (default 10 minutes).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most attempts of one row before it is dead (default 50); rows with a vendor window usually expire first.</summary>
    public int MaxAttempts { get; set; } = 50;

    /// <summary>How long delivered rows are kept before they are deleted (default 7 days).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often delivered rows past the retention are deleted (default 5 minutes).</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most delivered rows deleted per statement (default 1,000), so a cleanup never holds the database long.</summary>
    public int CleanupBatchSize { get; set; } = 1000;

    /// <summary>
    /// How long in-flight sends may finish after shutdown begins (default 10 seconds) before they are cancelled;
    /// rows not yet started are released at once.
    /// </summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
