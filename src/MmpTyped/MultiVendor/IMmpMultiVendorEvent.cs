using System.Collections.Generic;

namespace MmpTyped;

/// <summary>
/// A business event defined once for several vendors: a class marked with more than one
/// <see cref="MmpEventAttribute"/> gives one vendor message per schema it declares.
/// </summary>
public interface IMmpMultiVendorEvent
{
    /// <summary>
    /// The vendor messages of this event, one per declared schema, in declaration order. Each message
    /// writes and validates itself as that vendor's JSON, so one vendor's missing identifier is that
    /// vendor's error alone.
    /// </summary>
    IReadOnlyList<MmpVendorEvent> ToVendorEvents();
}

/// <summary>One vendor's message of an <see cref="IMmpMultiVendorEvent"/>.</summary>
/// <param name="SchemaId">The schema id the message was built for, for example <c>airbridge.app</c>.</param>
/// <param name="Event">The vendor message.</param>
public readonly record struct MmpVendorEvent(string SchemaId, IMmpEvent Event);
