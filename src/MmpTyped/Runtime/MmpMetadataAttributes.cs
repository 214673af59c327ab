using System;
using System.ComponentModel;

namespace MmpTyped.Runtime;

// Metadata the generator puts on the types it emits, so that analyzers read the vendor's rules from
// the compilation instead of parsing schemas again. Paths are dotted JSON paths from the type.

/// <summary>The schema a generated record was made from.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MmpSchemaAttribute(string schemaId) : Attribute
{
    /// <summary>The schema id, for example <c>airbridge.app</c>.</summary>
    public string SchemaId { get; } = schemaId;
}

/// <summary>
/// MMP001: at least one branch must be set. A branch is one path, or several joined by <c>+</c> that
/// must all be set (<c>browser.clientID+eventData.shortID</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class MmpIdentifierGroupAttribute(string rule, params string[] branches) : Attribute
{
    /// <summary>The rule's name in the schema (<c>x-mmp-rule</c>).</summary>
    public string Rule { get; } = rule;

    /// <summary>The branches, each a path or paths joined by <c>+</c>.</summary>
    public string[] Branches { get; } = branches;
}

/// <summary>MMP002: when <see cref="Trigger"/> is set, every one of <see cref="Companions"/> must be set too.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class MmpCompanionsAttribute(string rule, string trigger, params string[] companions) : Attribute
{
    /// <summary>The rule's name in the schema (<c>x-mmp-rule</c>).</summary>
    public string Rule { get; } = rule;

    /// <summary>The path whose presence brings the companions.</summary>
    public string Trigger { get; } = trigger;

    /// <summary>The paths that must be set with it.</summary>
    public string[] Companions { get; } = companions;
}

/// <summary>MMP004: the paths must not all be set together (AppsFlyer <c>consent_data</c>: <c>tcf</c> or <c>manual</c>, not both).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class MmpExclusiveAttribute(string rule, params string[] paths) : Attribute
{
    /// <summary>The rule's name in the schema (<c>x-mmp-rule</c>).</summary>
    public string Rule { get; } = rule;

    /// <summary>The paths that exclude each other.</summary>
    public string[] Paths { get; } = paths;
}

/// <summary>A generated property's JSON member and the value rules the vendor states for it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class MmpMemberAttribute(string jsonName) : Attribute
{
    /// <summary>The JSON member name, exactly as the vendor spells it.</summary>
    public string JsonName { get; } = jsonName;

    /// <summary>An ECMA-262 pattern the string value must match, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>The shortest accepted string, or -1.</summary>
    public int MinLength { get; init; } = -1;

    /// <summary>The longest accepted string, or -1.</summary>
    public int MaxLength { get; init; } = -1;

    /// <summary>The smallest accepted number (as JSON text), or null.</summary>
    public string? Minimum { get; init; }

    /// <summary>The largest accepted number (as JSON text), or null.</summary>
    public string? Maximum { get; init; }

    /// <summary>The fewest items a list accepts (AppsFlyer <c>sharing_filter</c>: 1), or -1.</summary>
    public int MinItems { get; init; } = -1;

    /// <summary>The strings accepted where the value is an open set of strings or a string branch (<c>"all"</c>), or null.</summary>
    public string[]? Enum { get; init; }

    /// <summary>A JSON Schema format the string must be in (<c>ipv4</c>, <c>ipv6</c>, <c>email</c>, <c>date-time</c>), or null.</summary>
    public string? Format { get; init; }

    /// <summary>Hashed PII (<c>sha256-email</c>, ...): clear text here is MMP006.</summary>
    public string? Hashed { get; init; }

    /// <summary>The wire encoding of a timestamp (<c>af-datetime</c>, <c>unix-ms</c>, ...).</summary>
    public string? Timestamp { get; init; }

    /// <summary><c>android</c> or <c>ios</c> when the member applies to one platform only.</summary>
    public string? Platform { get; init; }
}

/// <summary>The rules of a string value, as <c>[MmpMember]</c> names them: the base of <c>[MmpAnyOf]</c> and <c>[MmpItems]</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class MmpStringRulesAttribute : Attribute
{
    /// <summary>An ECMA-262 pattern the string must match, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>The shortest accepted string, or -1.</summary>
    public int MinLength { get; init; } = -1;

    /// <summary>The longest accepted string, or -1.</summary>
    public int MaxLength { get; init; } = -1;

    /// <summary>The accepted strings, or null.</summary>
    public string[]? Enum { get; init; }

    /// <summary>A JSON Schema format the string must be in, or null.</summary>
    public string? Format { get; init; }
}

/// <summary>
/// One alternative of a string member's <c>anyOf</c> (Airbridge <c>category</c>: a standard name, or a custom
/// one of its own pattern): the value must keep the rules of at least one of the property's alternatives.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
public sealed class MmpAnyOfAttribute : MmpStringRulesAttribute;

/// <summary>A path parameter that is an app id, and iOS app ids need the <c>id</c> prefix (MMP008).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class MmpAppIdAttribute : Attribute;

/// <summary>
/// The string rules of each item of a list member, or of a union's list branch (AppsFlyer <c>sharing_filter</c>:
/// every partner id at least 1 character long).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class MmpItemsAttribute : MmpStringRulesAttribute;

/// <summary>
/// A rule of an open object member (<c>patternProperties</c>): a key matching <see cref="KeyPattern"/> must hold
/// a value of <see cref="JsonType"/> (Affise <c>affise_event_data</c>: <c>affise_event_custom_id_NN</c> holds a string).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
public sealed class MmpKeyTypeAttribute(string keyPattern, string jsonType) : Attribute
{
    /// <summary>The ECMA-262 pattern of the keys the rule applies to.</summary>
    public string KeyPattern { get; } = keyPattern;

    /// <summary>The JSON Schema type their values must have (<c>string</c>, <c>integer</c>, ...).</summary>
    public string JsonType { get; } = jsonType;
}
