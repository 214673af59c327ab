using System.ComponentModel;
using System.Threading;

namespace MmpTyped.Runtime;

/// <summary>
/// The vendor record an <c>[MmpEvent]</c> record class keeps its message in. A <c>with</c> expression copies
/// the reference to this storage into the copy; the first of the two to touch it owns the record, and the
/// other gets a record of its own, read back from the written message, so that setting a member of one never
/// changes the other. The generated half declares the copy constructor, which copies the record at the
/// <c>with</c>; where it cannot (the user declares one), the copy is taken when the second one first touches its
/// message, and an envelope change the first one makes in between is in the copy too. For generated code.
/// </summary>
/// <typeparam name="TRecord">The vendor's generated record.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MmpEventStorage<TRecord>
    where TRecord : class, IMmpEvent<TRecord>
{
    private readonly TRecord _record;
    private object? _owner;

    /// <summary>Storage for <paramref name="record"/>, owned by the first event that asks for it.</summary>
    public MmpEventStorage(TRecord record) => _record = record;

    /// <summary>The record of <paramref name="owner"/>, which holds <paramref name="storage"/> in a field.</summary>
    internal static TRecord For(ref MmpEventStorage<TRecord> storage, object owner)
    {
        var current = storage;
        var claimed = Interlocked.CompareExchange(ref current._owner, owner, null);
        if (claimed is null || ReferenceEquals(claimed, owner))
            return current._record;
        var copy = new MmpEventStorage<TRecord>(MmpEventRecord.Copy(current._record)) { _owner = owner };
        storage = copy;
        return copy._record;
    }
}
