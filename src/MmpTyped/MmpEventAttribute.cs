using System;

namespace MmpTyped;

/// <summary>
/// Marks a <c>partial</c> class or record as an event of one vendor endpoint. The generator completes
/// it with the vendor's envelope members, a serializer, a parser and validation.
/// </summary>
/// <param name="schema">The schema id, for example <c>airbridge.app</c> (see <c>mmptyped schemas</c>).</param>
/// <param name="name">The event name the vendor receives (AppsFlyer <c>eventName</c>, Airbridge <c>goal.category</c>, Affise <c>affise_event_name</c>).</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
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
/// </summary>
/// <param name="path">The dotted JSON path, relative to the event slot.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class MmpFieldAttribute(string path) : Attribute
{
    /// <summary>The dotted JSON path, relative to the event slot.</summary>
    public string Path { get; } = path;
}
