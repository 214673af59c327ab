using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Emit;
using MmpTyped.Generators.Model;
using MmpTyped.Generators.Schema;

namespace MmpTyped.Generators.Events;

/// <summary>
/// The outcome of binding an <c>[MmpEvent]</c> class to its schema: the class to emit (built on its vendor's
/// record, or a multi-vendor one as its vendor views), or why not.
/// </summary>
internal sealed record EventBinding(string HintName, EquatableArray<DiagnosticInfo> Diagnostics, MultiVendorEventModel? MultiVendor = null, OneVendorEventModel? OneVendor = null);

/// <summary>
/// Completes an <c>[MmpEvent]</c> class against its schema. The class gets the schema root's members
/// (the envelope: identifiers, user, device, app, timestamps), except along the event slot's path: those
/// objects are written inline, and inside the slot the class's own properties take the places their
/// <c>[MmpField]</c> paths name (unannotated ones go to the custom-attributes place), and the event name
/// is a constant. The result is an ordinary <see cref="TypeModel"/> for the shared emitter.
/// </summary>
internal sealed partial class EventBinder
{
    private readonly EventClassModel _class;
    private readonly SchemaModel _schema;
    private readonly EventSlotModel _slot;
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<DiagnosticInfo> _warnings = []; // the vendor's rules: the class is still generated
    private readonly Dictionary<UserPropertyModel, string> _targets = [];
    private readonly HashSet<UserPropertyModel> _bound = [];

    private EventBinder(EventClassModel eventClass, SchemaModel schema, EventSlotModel slot)
    {
        _class = eventClass;
        _schema = schema;
        _slot = slot;
    }

    public static EventBinding Bind(EventClassModel eventClass, EquatableArray<SchemaModel> schemas)
    {
        var hintName = eventClass.DisplayName + ".g.cs";
        if (eventClass.Diagnostics.Count > 0)
            return new EventBinding(hintName, eventClass.Diagnostics);
        if (eventClass.IsMultiVendor)
            return MultiVendorBinder.Bind(eventClass, schemas);

        var schema = schemas.FirstOrDefault(s => s.SchemaId == eventClass.SchemaId);
        if (schema is null)
        {
            return Failure(hintName, DiagnosticInfo.At(Descriptors.UnknownSchema,
                $"No schema has the id '{eventClass.SchemaId}'. Known: {string.Join(", ", schemas.Select(s => s.SchemaId))}; or add your own as an AdditionalFile '{eventClass.SchemaId}.schema.json'.",
                eventClass.Location));
        }
        var root = schema.Types.First(t => t.Root is not null);
        if (root.Root!.Event is not { } slot)
        {
            return Failure(hintName, DiagnosticInfo.At(Descriptors.UnknownSchema,
                $"'{schema.SchemaId}' describes messages the vendor sends you, not events you send: parse them with {root.Name}.Parse instead of declaring an [MmpEvent].",
                eventClass.Location));
        }

        var binder = new EventBinder(eventClass, schema, slot);
        var type = binder.Bind(root);
        var model = binder._diagnostics.Count == 0 ? binder.OnRecord(type, root) : null;
        return new EventBinding(hintName, binder._diagnostics.Concat(binder._warnings).ToEquatableArray(), OneVendor: model);
    }

    /// <summary>
    /// The class built on the vendor's record: its properties placed by the multi-vendor walk (the definition
    /// errors were reported above; the walk's own event-name warning would repeat ours, so it is dropped).
    /// </summary>
    private OneVendorEventModel? OnRecord(TypeModel type, TypeModel root)
    {
        var vendor = new EventVendorModel(_class.SchemaId, _class.EventName, _class.Location, _class.NameLocation);
        var view = MultiVendorBinder.BindView(_class, vendor, _schema, root, _slot, _diagnostics, []);
        if (_diagnostics.Count > 0)
            return null;
        return new OneVendorEventModel(
            _class.Name,
            type.EventClass!,
            _schema.Namespace,
            "global::" + _schema.Namespace + "." + _schema.RootTypeName,
            root.Root!,
            type.Rules,
            type.Members.Where(m => m.Source == MemberSource.Generated && m.Shape.Inline is null).ToEquatableArray(),
            view,
            _class.Copy);
    }

    private static EventBinding Failure(string hintName, DiagnosticInfo diagnostic) =>
        new(hintName, new[] { diagnostic }.ToEquatableArray());

    private TypeModel Bind(TypeModel root)
    {
        foreach (var property in _class.Properties)
        {
            var target = property.FieldPath is { } path
                ? _slot.Slot + "." + path
                : _slot.Custom + "." + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
            if (property.FieldPath is not null && !property.HasSetter)
                Report(Descriptors.UnsupportedShape, $"[MmpField] on '{property.Name}', which has no setter: a parsed message could not set it and its value would be dropped. Add 'init' (or 'set'), or remove [MmpField] to write a computed value as a custom attribute.", property);
            else if (property.FieldPath is { } field && (field.Length == 0 || field.Split('.').Any(s => s.Length == 0)))
                Report(Descriptors.UnknownField, $"[MmpField(\"{field}\")] on '{property.Name}' is not a path: write dotted member names relative to {_slot.Slot}, like \"semanticAttributes.transactionID\".", property);
            else if (_targets.FirstOrDefault(t => t.Value == target).Key is { } other)
                Report(Descriptors.DuplicatePath, $"'{property.Name}' and '{other.Name}' both go to '{target}': give one of them another [MmpField] path.", property);
            else
                _targets[property] = target;
        }

        // Inline objects and constants are named by their path, with a leading '_' that keeps them apart from the class's own names.
        var members = BuildMembers(root, "", "_");
        foreach (var property in _class.Properties.Where(p => _targets.ContainsKey(p) && !_bound.Contains(p)))
            Report(Descriptors.UnknownField, $"'{property.Name}' goes to '{_targets[property]}', which {_schema.SchemaId} does not have. {Suggest(_targets[property])}", property);
        CheckNames(members);

        return new TypeModel(
            _schema.Namespace,
            _class.Name,
            root.Description,
            members.ToEquatableArray(),
            RemapRules(root.Rules, members).ToEquatableArray(),
            root.Root,
            new EventClassDeclaration(_class.Namespace, _class.ContainingTypes, _class.Keyword, _class.DeclaresConstructor));
    }

    /// <summary>The members of one object of the schema (at <paramref name="prefix"/>) as they appear in the class.</summary>
    private List<MemberModel> BuildMembers(TypeModel type, string prefix, string key)
    {
        var members = new List<MemberModel>();
        foreach (var member in type.Members)
        {
            var path = prefix + member.JsonName;
            var memberKey = key + member.PropertyName;
            if (path == _slot.Name)
                members.Add(EventNameMember(member, memberKey));
            else if (IsOnPath(path, _slot.Slot) || IsUnderSlot(path))
                AddSlotMember(members, member, path, memberKey);
            else
                members.Add(member);
        }
        return members;
    }

    /// <summary>The event name, a constant in the class; a name the member's rules refuse is reported now and by <c>Validate()</c>.</summary>
    private MemberModel EventNameMember(MemberModel member, string key)
    {
        var problem = EventNameCheck.Problem($"'{_slot.Name}'", _class.EventName, member.Shape.Rules);
        if (problem is not null)
        {
            _warnings.Add(DiagnosticInfo.At(Descriptors.InvalidEventName,
                $"[MmpEvent] on '{_class.Name}' names an event {_schema.SchemaId} does not accept: {problem} The vendor drops the event or counts it as another one.",
                _class.NameLocation ?? _class.Location));
        }
        return member with { Source = MemberSource.Constant, Constant = _class.EventName, ConstantProblem = problem, PropertyName = key, IsRequired = false };
    }

    // Inside the slot, a member is there only when the class puts something in it.
    private void AddSlotMember(List<MemberModel> members, MemberModel member, string path, string key)
    {
        var exact = _targets.Where(t => t.Value == path).Select(t => t.Key).FirstOrDefault();
        if (exact is not null && !IsOnPath(path, _slot.Slot))
        {
            members.Add(BindUserProperty(member, exact));
            return;
        }
        var deeper = _targets.Where(t => t.Value.StartsWith(path + ".", StringComparison.Ordinal)).Select(t => t.Key).ToList();
        if (deeper.Count == 0 && !IsOnPath(path, _slot.Slot))
            return;

        var shape = member.Shape;
        InlineModel inline;
        if (shape.Kind == ValueKind.Object && _schema.Types.FirstOrDefault(t => t.Name == shape.TypeName) is { } nested)
        {
            var inner = BuildMembers(nested, path + ".", key + "_");
            inline = new InlineModel(key, inner.ToEquatableArray(), RemapRules(nested.Rules, inner).ToEquatableArray(), AsJsonString: false);
        }
        else if (shape.Kind is ValueKind.Attributes or ValueKind.JsonString)
        {
            inline = new InlineModel(key, OpenMembers(path, key).ToEquatableArray(), EquatableArray<RuleModel>.Empty, AsJsonString: shape.Kind == ValueKind.JsonString);
        }
        else
        {
            return; // a leaf on the slot path; nothing the class can put there
        }
        members.Add(member with { Shape = shape with { Kind = ValueKind.Inline, Inline = inline }, PropertyName = key, IsRequired = false, AllowsNull = false });
    }

    /// <summary>Properties placed in an open object (custom attributes, AppsFlyer's eventValue) under their JSON names.</summary>
    private IEnumerable<MemberModel> OpenMembers(string path, string key)
    {
        foreach (var target in _targets.Where(t => t.Value.StartsWith(path + ".", StringComparison.Ordinal)).ToList())
        {
            var jsonName = target.Value.Substring(path.Length + 1);
            if (jsonName.Contains('.'))
                continue; // deeper than one level: reported as an unknown path
            if (OpenShape(target.Key) is not { } shape)
            {
                Report(Descriptors.TypeMismatch, $"'{target.Key.Name}' is {target.Key.TypeName}, which a custom attribute cannot hold: use string, bool, int, long, double or decimal.", target.Key);
                _bound.Add(target.Key);
                continue;
            }
            _bound.Add(target.Key);
            yield return new MemberModel(jsonName, target.Key.Name, shape) { Source = MemberSource.User, UserNullable = target.Key.IsNullable, UserReadOnly = !target.Key.HasSetter };
        }
    }

    private MemberModel BindUserProperty(MemberModel member, UserPropertyModel property)
    {
        _bound.Add(property);
        var expected = Syntax.TypeOf(member.Shape, _schema.Namespace);
        if (property.TypeName != expected)
        {
            Report(Descriptors.TypeMismatch, $"'{property.Name}' is {property.TypeName}, but {_targets[property]} is {expected} in {_schema.SchemaId}: declare '{property.Name}' as {expected}{(property.IsNullable ? "?" : "")}.", property);
        }
        return member with { PropertyName = property.Name, Source = MemberSource.User, AllowsNull = false, UserNullable = property.IsNullable, UserReadOnly = !property.HasSetter };
    }

    private static ValueShape? OpenShape(UserPropertyModel property)
    {
        var kind = property.TypeName switch
        {
            "string" => ValueKind.String,
            "bool" => ValueKind.Boolean,
            "int" => ValueKind.Int32,
            "long" => ValueKind.Int64,
            "double" => ValueKind.Double,
            "decimal" => ValueKind.Decimal,
            _ => (ValueKind?)null,
        };
        return kind is { } k ? new ValueShape(k, ValueRules.None) : null;
    }

    private bool IsUnderSlot(string path) => path.StartsWith(_slot.Slot + ".", StringComparison.Ordinal);

    // True when `path` is the slot or an object on the way to it.
    private static bool IsOnPath(string path, string slot) =>
        slot == path || slot.StartsWith(path + ".", StringComparison.Ordinal);

    private string Suggest(string target)
    {
        var parent = target.Substring(0, target.LastIndexOf('.'));
        var names = SchemaMembersAt(parent);
        return names.Count == 0 ? "" : $"{parent} has: {string.Join(", ", names)}.";
    }

    private List<string> SchemaMembersAt(string path)
    {
        var type = _schema.Types.First(t => t.Root is not null);
        foreach (var segment in path.Split('.'))
        {
            var member = type.Members.FirstOrDefault(m => m.JsonName == segment);
            if (member?.Shape.Kind != ValueKind.Object || _schema.Types.FirstOrDefault(t => t.Name == member.Shape.TypeName) is not { } next)
                return [];
            type = next;
        }
        return type.Members.Select(m => m.JsonName).ToList();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string message, UserPropertyModel property) =>
        _diagnostics.Add(DiagnosticInfo.At(descriptor, message, property.Location ?? _class.Location));
}
