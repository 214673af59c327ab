using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Emit;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Events;

/// <summary>
/// Binds a class with several <c>[MmpEvent]</c>s: for each vendor, the class's properties go where that
/// vendor's <c>[MmpField(schema, path)]</c> says (a property with no <c>[MmpField]</c> at all goes to every
/// vendor's custom attributes; one with placements for other vendors only is left out of this one), and the
/// result is an initializer of the vendor's own generated record, which then writes and validates itself. A
/// path or type the vendor's schema refuses is that vendor's MMP112/MMP113, and its event name is checked
/// against that vendor's rules (MMP004).
/// </summary>
internal static class MultiVendorBinder
{
    /// <summary>The records <c>MmpIdentityMapping.Fill</c> has an overload for: the built-in outbound vendors.</summary>
    private static readonly string[] IdentityRecords =
    [
        "MmpTyped.AppsFlyer.AppsFlyerEvent",
        "MmpTyped.Airbridge.AirbridgeAppEvent",
        "MmpTyped.Affise.AffiseEvent",
    ];

    private const string IdentitiesProperty = "Identities";
    private const string VendorEventsMethod = "ToVendorEvents";

    public static EventBinding Bind(EventClassModel eventClass, EquatableArray<SchemaModel> schemas)
    {
        var hintName = eventClass.DisplayName + ".g.cs";
        var diagnostics = new List<DiagnosticInfo>();
        var warnings = new List<DiagnosticInfo>();
        var views = new List<VendorViewModel>();
        foreach (var vendor in eventClass.Vendors)
        {
            var schema = schemas.FirstOrDefault(s => s.SchemaId == vendor.SchemaId);
            if (schema is null)
            {
                diagnostics.Add(DiagnosticInfo.At(Descriptors.UnknownSchema,
                    $"No schema has the id '{vendor.SchemaId}'. Known: {string.Join(", ", schemas.Select(s => s.SchemaId))}; or add your own as an AdditionalFile '{vendor.SchemaId}.schema.json'.",
                    vendor.Location));
                continue;
            }
            var root = schema.Types.First(t => t.Root is not null);
            if (root.Root!.Event is not { } slot)
            {
                diagnostics.Add(DiagnosticInfo.At(Descriptors.UnknownSchema,
                    $"'{schema.SchemaId}' describes messages the vendor sends you, not events you send: parse them with {root.Name}.Parse instead of declaring an [MmpEvent].",
                    vendor.Location));
                continue;
            }
            views.Add(BindView(eventClass, vendor, schema, root, slot, diagnostics, warnings));
        }
        CheckNames(eventClass, views, diagnostics);

        var model = diagnostics.Count > 0 ? null : new MultiVendorEventModel(
            eventClass.Name,
            new EventClassDeclaration(eventClass.Namespace, eventClass.ContainingTypes, eventClass.Keyword, eventClass.DeclaresConstructor),
            views.Any(v => v.FillsIdentities),
            views.ToEquatableArray());
        return new EventBinding(hintName, diagnostics.Concat(warnings).ToEquatableArray(), model);
    }

    /// <summary>
    /// The class as one vendor's record: where each property goes in it. A one-vendor class (whose own binder has
    /// reported its definition errors already) places its properties with the same walk.
    /// </summary>
    internal static VendorViewModel BindView(EventClassModel eventClass, EventVendorModel vendor, SchemaModel schema, TypeModel root, EventSlotModel slot, List<DiagnosticInfo> diagnostics, List<DiagnosticInfo> warnings) =>
        new VendorView(eventClass, vendor, schema, root, slot, diagnostics, warnings).Bind();

    /// <summary>The members the generator adds must not take a name the class uses (MMP115), and two vendors need two method names (MMP117).</summary>
    private static void CheckNames(EventClassModel eventClass, List<VendorViewModel> views, List<DiagnosticInfo> diagnostics)
    {
        var added = views.Select(v => v.MethodName).Append(IdentitiesProperty).Append(VendorEventsMethod).ToList();
        foreach (var property in eventClass.Properties.Where(p => added.Contains(p.Name)))
            diagnostics.Add(DiagnosticInfo.At(Descriptors.NameClash, $"'{property.Name}' is a name the generated multi-vendor class needs: rename the property.", property.Location ?? eventClass.Location));
        foreach (var clash in views.GroupBy(v => v.MethodName).Where(g => g.Count() > 1))
            diagnostics.Add(DiagnosticInfo.At(Descriptors.BadAttribute, $"The vendors {string.Join(" and ", clash.Select(v => v.SchemaId))} of '{eventClass.Name}' both have a record named as {clash.Key}() would return: declare them in two classes.", eventClass.Location));
    }

    /// <summary>Binds the class to one vendor: a tree of the record's objects, filled path by path.</summary>
    private sealed class VendorView(
        EventClassModel eventClass,
        EventVendorModel vendor,
        SchemaModel schema,
        TypeModel root,
        EventSlotModel slot,
        List<DiagnosticInfo> diagnostics,
        List<DiagnosticInfo> warnings)
    {
        private readonly Node _root = new(root);
        private readonly List<Bag> _bags = [];

        public VendorViewModel Bind()
        {
            EnsureSlot();
            PlaceEventName();
            foreach (var property in eventClass.Properties)
            {
                foreach (var path in Paths(property))
                    Place(property, path);
            }
            var fills = IdentityRecords.Contains(schema.Namespace + "." + schema.RootTypeName);
            return new VendorViewModel(
                schema.SchemaId,
                "To" + schema.RootTypeName,
                "global::" + schema.Namespace + "." + schema.RootTypeName,
                fills,
                ToInit(_root, fills),
                _bags.Select(b => new AttributesInit(b.Local, b.Entries.ToEquatableArray())).ToEquatableArray());
        }

        // The property's paths from the root for this vendor: its own [MmpField]s for it, or, with none for any vendor, its custom-attribute name.
        private IEnumerable<string> Paths(UserPropertyModel property)
        {
            if (property.Placements.Count == 0)
                return [slot.Custom + "." + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1)];
            return property.Placements
                .Where(p => p.SchemaId == vendor.SchemaId || (p.SchemaId is null && !eventClass.IsMultiVendor))
                .Select(p => p.Path.StartsWith("$.", StringComparison.Ordinal) ? p.Path.Substring(2) : slot.Slot + "." + p.Path);
        }

        // The slot is always written (AppsFlyer's eventValue is required even when empty), like a one-vendor class's.
        private void EnsureSlot()
        {
            var node = _root;
            foreach (var segment in slot.Slot.Split('.'))
            {
                var member = node.Type.Members.First(m => m.JsonName == segment);
                if (member.Shape.Kind is ValueKind.Attributes or ValueKind.JsonString)
                {
                    BagOf(node, member);
                    return;
                }
                if (ObjectType(member) is not { } type)
                    return;
                node = ChildOf(node, member, type)!;
            }
        }

        private void PlaceEventName()
        {
            var segments = slot.Name.Split('.');
            var (node, member) = Walk(segments, null);
            if (node is null || member is null)
                return;
            var problem = EventNameCheck.Problem($"'{slot.Name}'", vendor.EventName, member.Shape.Rules);
            if (problem is not null)
            {
                warnings.Add(DiagnosticInfo.At(Descriptors.InvalidEventName,
                    $"[MmpEvent] on '{eventClass.Name}' names an event {schema.SchemaId} does not accept: {problem} The vendor drops the event or counts it as another one.",
                    vendor.NameLocation ?? vendor.Location));
            }
            node.Values[member.JsonName] = Syntax.Literal(vendor.EventName);
            node.EventName = member.JsonName;
        }

        private void Place(UserPropertyModel property, string path)
        {
            var segments = path.Split('.');
            if (segments.Any(s => s.Length == 0))
            {
                Report(Descriptors.UnknownField, $"[MmpField(\"{schema.SchemaId}\", …)] on '{property.Name}' is not a path: write dotted member names relative to {slot.Slot}, like \"semanticAttributes.transactionID\", or from the root after '$.'.", property);
                return;
            }
            var (node, member) = Walk(segments, property);
            if (node is null)
                return;
            if (member is null)
            {
                AddToBag(property, segments);
                return;
            }
            var expected = Syntax.TypeOf(member.Shape, schema.Namespace);
            if (property.TypeName != expected)
                Report(Descriptors.TypeMismatch, $"'{property.Name}' is {property.TypeName}, but {path} is {expected} in {schema.SchemaId}: declare '{property.Name}' as {expected}{(property.IsNullable ? "?" : "")}, or give {schema.SchemaId} another property.", property);
            else if (node.Values.ContainsKey(member.JsonName) || node.Children.ContainsKey(member.JsonName))
                Report(Descriptors.DuplicatePath, $"Two values go to '{path}' in {schema.SchemaId} ('{property.Name}' and another): give one of them another [MmpField(\"{schema.SchemaId}\", …)] path.", property);
            else
            {
                node.Values[member.JsonName] = property.Name;
                node.Sources[member.JsonName] = property;
            }
        }

        /// <summary>
        /// Walks <paramref name="segments"/> from the root, creating the objects on the way. Returns the object and
        /// the member the last segment names, or the object and null when the last segment is an entry of an open
        /// object; (null, null) after reporting a path the schema does not have.
        /// </summary>
        private (Node? Node, MemberModel? Member) Walk(string[] segments, UserPropertyModel? property)
        {
            var node = _root;
            for (var i = 0; i < segments.Length; i++)
            {
                var member = node.Type.Members.FirstOrDefault(m => m.JsonName == segments[i]);
                if (member is null)
                    break;
                if (i == segments.Length - 1)
                    return (node, member);
                if (member.Shape.Kind is ValueKind.Attributes or ValueKind.JsonString && i == segments.Length - 2)
                    return (node, null);
                if (ObjectType(member) is not { } type || ChildOf(node, member, type) is not { } child)
                    break;
                node = child;
                continue;
            }
            if (property is not null)
            {
                var path = string.Join(".", segments);
                var parent = path.Contains('.') ? path.Substring(0, path.LastIndexOf('.')) : "";
                var known = MembersAt(parent);
                Report(Descriptors.UnknownField, $"'{property.Name}' goes to '{path}', which {schema.SchemaId} does not have.{(known.Count == 0 ? "" : $" {(parent.Length == 0 ? "The root" : parent)} has: {string.Join(", ", known)}.")}", property);
            }
            return (null, null);
        }

        private void AddToBag(UserPropertyModel property, string[] segments)
        {
            var (node, _) = Walk(segments.Take(segments.Length - 1).ToArray(), property);
            if (node is null)
                return;
            var member = node.Type.Members.First(m => m.JsonName == segments[segments.Length - 2]);
            var bag = BagOf(node, member);
            var name = segments[segments.Length - 1];
            var nullKind = property.TypeName switch
            {
                "string" => NullKind.Reference,
                "bool" or "int" or "long" or "double" or "decimal" => property.IsNullable ? NullKind.NullableValue : NullKind.Never,
                _ => (NullKind?)null,
            };
            if (nullKind is not { } kind)
                Report(Descriptors.TypeMismatch, $"'{property.Name}' is {property.TypeName}, which a custom attribute of {schema.SchemaId} cannot hold: use string, bool, int, long, double or decimal.", property);
            else if (bag.Entries.Any(e => e.JsonName == name))
                Report(Descriptors.DuplicatePath, $"Two values go to '{string.Join(".", segments)}' in {schema.SchemaId} ('{property.Name}' and another): give one of them another [MmpField(\"{schema.SchemaId}\", …)] path.", property);
            else
                bag.Entries.Add(new AttributeEntry(name, property.Name, kind, property.TypeName, property.HasSetter));
        }

        private Bag BagOf(Node node, MemberModel member)
        {
            if (node.Bags.TryGetValue(member.JsonName, out var bag))
                return bag;
            bag = new Bag("__" + string.Join("_", PathOf(node).Append(member.JsonName)));
            node.Bags[member.JsonName] = bag;
            _bags.Add(bag);
            return bag;
        }

        private static IEnumerable<string> PathOf(Node node) => node.Parent is null ? [] : PathOf(node.Parent).Append(node.JsonName!);

        private static Node? ChildOf(Node node, MemberModel member, TypeModel type)
        {
            if (node.Values.ContainsKey(member.JsonName))
                return null; // the whole object is a property of the class: nothing can go inside it too
            if (!node.Children.TryGetValue(member.JsonName, out var child))
                node.Children[member.JsonName] = child = new Node(type, node, member.JsonName);
            return child;
        }

        private TypeModel? ObjectType(MemberModel member) =>
            member.Shape.Kind == ValueKind.Object ? schema.Types.FirstOrDefault(t => t.Name == member.Shape.TypeName) : null;

        private List<string> MembersAt(string path)
        {
            var type = root;
            foreach (var segment in path.Split(['.'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (type.Members.FirstOrDefault(m => m.JsonName == segment) is not { } member || ObjectType(member) is not { } next)
                    return [];
                type = next;
            }
            return type.Members.Select(m => m.JsonName).ToList();
        }

        // Members in schema order; a required one the class does not fill is left to the identities, or to Validate() to report.
        private static ObjectInit ToInit(Node node, bool fillsIdentities)
        {
            var members = new List<MemberInit>();
            foreach (var member in node.Type.Members)
            {
                MemberInit? init = null;
                if (node.Values.TryGetValue(member.JsonName, out var expression))
                    init = new MemberInit(member.PropertyName, expression, null) { IsEventName = node.EventName == member.JsonName, Source = node.Sources.TryGetValue(member.JsonName, out var source) ? source.Name : null, SourceNull = NullOf(member, source) };
                else if (node.Children.TryGetValue(member.JsonName, out var child))
                    init = new MemberInit(member.PropertyName, null, ToInit(child, fillsIdentities));
                else if (node.Bags.TryGetValue(member.JsonName, out var bag))
                    init = new MemberInit(member.PropertyName, bag.Local, null) { Bag = new AttributesInit(bag.Local, bag.Entries.ToEquatableArray()) };
                else if (member.IsRequired)
                    init = new MemberInit(member.PropertyName, "default!", null,
                        fillsIdentities ? "from Identities below; Validate() reports it when they do not have it" : "the class does not place it: Validate() reports it missing");
                if (init is not null)
                    members.Add(init with { JsonName = member.JsonName, IsRequired = member.IsRequired });
            }
            return new ObjectInit("global::" + node.Type.FullName, members.ToEquatableArray());
        }

        private static NullKind NullOf(MemberModel member, UserPropertyModel? property) =>
            property is null || !Syntax.IsValueType(member.Shape) ? NullKind.Reference : property.IsNullable ? NullKind.NullableValue : NullKind.Never;

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string message, UserPropertyModel property) =>
            diagnostics.Add(DiagnosticInfo.At(descriptor, message, property.Placements.FirstOrDefault(p => p.SchemaId == vendor.SchemaId)?.Location ?? property.Location ?? eventClass.Location));

        private sealed class Node(TypeModel type, Node? parent = null, string? jsonName = null)
        {
            public TypeModel Type { get; } = type;
            public Node? Parent { get; } = parent;
            public string? JsonName { get; } = jsonName;
            public Dictionary<string, string> Values { get; } = [];
            public Dictionary<string, Node> Children { get; } = [];
            public Dictionary<string, Bag> Bags { get; } = [];
            public Dictionary<string, UserPropertyModel> Sources { get; } = [];
            public string? EventName { get; set; }
        }

        private sealed class Bag(string local)
        {
            public string Local { get; } = local;
            public List<AttributeEntry> Entries { get; } = [];
        }
    }
}
