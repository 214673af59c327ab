namespace MmpTyped.Outbox;

/// <summary>What storing an inbox message did.</summary>
/// <param name="Id">The row that holds the message: the new one, or the one stored the first time.</param>
/// <param name="Inserted">False when the same message (the same content hash) was already stored.</param>
public readonly record struct InboxInsertResult(long Id, bool Inserted);
