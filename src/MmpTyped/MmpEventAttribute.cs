using System;

namespace MmpTyped;

/// <summary>
/// Marks a <c>partial</c> class or record as an event of a vendor endpoint. With one attribute the
/// generator completes the class with that vendor's envelope members, a serializer, a parser and
/// validation. With several (one per vendor) the class is defined once for all of them: it gets an
/// <c>Identities</c> property (who the event is about, given once), one <c>To…()</c> method per vendor
/// that fills that vendor's own record, and implements <see cref="IMmpMultiVendorEvent"/>.
/// </summary>
/// <param name="schema">The schema id, for example <c>airbridge.app</c> (see <c>mmptyped schemas</c>).</param>
/// <param name="name">The event name the vendor receives (AppsFlyer <c>eventName</c>, Airbridge <c>goal.category</c>, Affise <c>affise_event_name</c>).</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class MmpEventAttribute(string schema, string name) : Attribute
{
    /// <summary>The schema id.</summary>
    public string Schema { get; } = schema;

    /// <summary>The event name the vendor receives.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// Places a property of an <see cref="MmpEventAttribute"/> class at a path relative to the schema's
/// event slot (for example <c>semanticAttributes.transactionID</c> under Airbridge's <c>eventData.goal</c>).
/// On a class with several <see cref="MmpEventAttribute"/>s, name the vendor:
/// <c>[MmpField("appsflyer.s2s", "af_revenue")]</c>; the property then goes to the vendors it names
/// (one attribute per vendor, or several to write the value in several places), and a path starting
/// with <c>$.</c> starts at the message's root (<c>"$.eventCurrency"</c>) instead of the event slot.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
public sealed class MmpFieldAttribute : Attribute
{
    /// <summary>Places the property at <paramref name="path"/> for the class's one vendor.</summary>
    /// <param name="path">The dotted JSON path, relative to the event slot.</param>
    public MmpFieldAttribute(string path) => Path = path;

    /// <summary>Places the property at <paramref name="path"/> for the vendor of <paramref name="schema"/> only.</summary>
    /// <param name="schema">The schema id of one of the class's <see cref="MmpEventAttribute"/>s.</param>
    /// <param name="path">The dotted JSON path, relative to the event slot, or from the root when it starts with <c>$.</c>.</param>
    public MmpFieldAttribute(string schema, string path)
    {
        Schema = schema;
        Path = path;
    }

    /// <summary>The schema id this placement is for; null when it is for the class's one vendor.</summary>
    public string? Schema { get; }

    /// <summary>The dotted JSON path, relative to the event slot.</summary>
    public string Path { get; }
}
