using System;

namespace MmpTyped.Tests.Records;

/// <summary>A clock that always reads the same instant, so that timestamp windows (MMP007) are checked exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
