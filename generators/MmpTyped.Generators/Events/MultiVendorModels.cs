using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Events;

/// <summary>
/// A class defined once for several vendors: its declaration, whether it carries <c>Identities</c>, and one
/// view per vendor, each of which fills that vendor's own generated record.
/// </summary>
internal sealed record MultiVendorEventModel(
    string Name,
    EventClassDeclaration Declaration,
    bool HasIdentities,
    EquatableArray<VendorViewModel> Vendors);

/// <summary>
/// One vendor's view of the class: <c>MethodName()</c> builds <see cref="Record"/> (the vendor record's
/// C# type) from the class's properties, then fills the identities when <see cref="FillsIdentities"/>.
/// </summary>
internal sealed record VendorViewModel(
    string SchemaId,
    string MethodName,
    string RecordType,
    bool FillsIdentities,
    ObjectInit Record,
    EquatableArray<AttributesInit> Bags);

/// <summary>An object initializer: <c>new Type { Member = value, … }</c>, members in schema order.</summary>
internal sealed record ObjectInit(string Type, EquatableArray<MemberInit> Members);

/// <summary>
/// One member of an initializer: a C# expression (a property of the class, the event name, a bag's local,
/// or <c>default!</c> for a required member the identities fill), or a nested object. <see cref="Source"/>
/// names the class's property the value comes from (a one-vendor class reads it back after a parse);
/// <see cref="Bag"/> is the open object the member is, when it is one.
/// </summary>
internal sealed record MemberInit(string PropertyName, string? Expression, ObjectInit? Object, string? Comment = null)
{
    public string JsonName { get; init; } = "";
    public bool IsRequired { get; init; }
    public bool IsEventName { get; init; }
    public string? Source { get; init; }
    public NullKind SourceNull { get; init; }
    public AttributesInit? Bag { get; init; }
}

/// <summary>An open object (custom attributes, AppsFlyer's eventValue) filled in a local before the record is built.</summary>
internal sealed record AttributesInit(string Local, EquatableArray<AttributeEntry> Entries);

/// <summary>One entry of an open object: the class's property (of C# type <see cref="TypeName"/>) under a JSON name, skipped when null.</summary>
internal sealed record AttributeEntry(string JsonName, string PropertyName, NullKind Null, string TypeName = "", bool Settable = true);

/// <summary>How an entry's value can be null: a nullable value type checks HasValue, a reference checks for null.</summary>
internal enum NullKind
{
    Never,
    Reference,
    NullableValue,
}

/// <summary>
/// A class with one <c>[MmpEvent]</c>, built on its vendor's record: the record (<see cref="RecordType"/>) holds
/// the message, the <see cref="Envelope"/> members the class shows forward to it, and <see cref="View"/> says
/// where the class's own properties go in it. <see cref="Rules"/> are the vendor's rules as paths the class
/// can set, for the analyzers.
/// </summary>
internal sealed record OneVendorEventModel(
    string Name,
    EventClassDeclaration Declaration,
    string Namespace,
    string RecordType,
    RootModel Root,
    EquatableArray<RuleModel> Rules,
    EquatableArray<MemberModel> Envelope,
    VendorViewModel View,
    RecordCopy? Copy);
