using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Emit;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Views;

/// <summary>
/// Lowers a schema's <c>x-mmp-view</c> against the schemas that implement it: each view member is read
/// from the implementer's member of the same JSON name, then from the one named by
/// <c>x-mmp-renamed-from</c>; where both exist the first with a value wins (AppsFlyer Push V1 carried
/// <c>af_cost_value</c> beside <c>cost_per_install</c>). A member the implementer lacks reads null.
/// Types must agree, except enums, which convert by vendor string. Anything else is MMP104. An
/// implementing schema that is not in the compilation is left out.
/// </summary>
internal static class ViewPlanner
{
    public static ViewModel? Plan(SchemaModel owner, IReadOnlyList<SchemaModel> schemas, List<DiagnosticInfo> diagnostics)
    {
        if (owner.View is not { } view)
            return null;
        var ownerType = RootType(owner);
        var members = ownerType.Members
            .Select(m => new ViewMemberModel(
                m.PropertyName,
                m.JsonName,
                ViewType(m, owner.Namespace),
                m.Description,
                OwnerNeedsExplicit: m.IsRequired && Syntax.IsValueType(m.Shape)))
            .ToEquatableArray();

        var implementers = new List<ViewImplementerModel>();
        var schemasOfView = new List<SchemaModel> { owner };
        foreach (var id in view.ImplementedBy)
        {
            // A project may compile the owner's schema without the older one: the view then has one record.
            if (schemas.FirstOrDefault(s => s.SchemaId == id) is not { } schema)
                continue;
            if (schema.Namespace != owner.Namespace)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ViewAcrossNamespaces, LocationInfo.InSchema(owner.FilePath, "/x-mmp-view/implemented-by/" + view.ImplementedBy.ToList().IndexOf(id)),
                    view.InterfaceName, id, schema.Namespace, owner.Namespace));
                continue;
            }
            var reads = ownerType.Members.Select(m => Read(m, owner, schema, diagnostics)).ToEquatableArray();
            implementers.Add(new ViewImplementerModel(id, schema.RootTypeName, reads));
            schemasOfView.Add(schema);
        }
        return new ViewModel(owner.Namespace, view.InterfaceName, view.Description, owner.RootTypeName, members, implementers.ToEquatableArray(), ExclusiveNames(schemasOfView));
    }

    // The names only one schema of the view has, in schema order: what tells one version from another.
    private static EquatableArray<ExclusiveName> ExclusiveNames(List<SchemaModel> schemas)
    {
        if (schemas.Count < 2)
            return EquatableArray<ExclusiveName>.Empty; // one record: nothing to tell apart
        var owners = schemas
            .SelectMany(s => RootType(s).Members.Select(m => (m.JsonName, s.SchemaId)))
            .GroupBy(n => n.JsonName)
            .Where(g => g.Count() == 1)
            .Select(g => new ExclusiveName(g.Key, g.First().SchemaId));
        return owners.ToEquatableArray();
    }

    private static ViewReadModel Read(MemberModel viewMember, SchemaModel owner, SchemaModel implementer, List<DiagnosticInfo> diagnostics)
    {
        var candidates = RootType(implementer).Members
            .Where(m => m.JsonName == viewMember.JsonName || m.JsonName == viewMember.RenamedFrom)
            .OrderBy(m => m.JsonName == viewMember.JsonName ? 0 : 1);
        var sources = new List<ViewSourceModel>();
        foreach (var source in candidates)
        {
            if (Syntax.TypeOf(source.Shape, implementer.Namespace) == Syntax.TypeOf(viewMember.Shape, owner.Namespace))
                sources.Add(new ViewSourceModel(source.PropertyName, source.JsonName, null, null, EquatableArray<EnumMemberPair>.Empty, source.IsRequired && Syntax.IsValueType(source.Shape)));
            else if (source.Shape.Kind == ValueKind.Enum && viewMember.Shape.Kind == ValueKind.Enum && EnumSource(source, viewMember, owner, implementer) is { } converted)
                sources.Add(converted);
            else
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ViewTypeMismatch, LocationInfo.InSchema(owner.FilePath, JsonPlace.Child("/properties", viewMember.JsonName)),
                    viewMember.JsonName, Syntax.TypeOf(viewMember.Shape, owner.Namespace), owner.SchemaId, source.JsonName, Syntax.TypeOf(source.Shape, implementer.Namespace), implementer.SchemaId));
        }
        return new ViewReadModel(viewMember.PropertyName, sources.ToEquatableArray());
    }

    // Null when an enum is not the schema's own (a shared one defined elsewhere): then it is MMP104.
    private static ViewSourceModel? EnumSource(MemberModel source, MemberModel target, SchemaModel owner, SchemaModel implementer)
    {
        var from = implementer.Enums.FirstOrDefault(e => e.Name == source.Shape.TypeName);
        var to = owner.Enums.FirstOrDefault(e => e.Name == target.Shape.TypeName);
        if (from is null || to is null)
            return null;
        var pairs = from.Members
            .Select(f => (f, t: to.Members.FirstOrDefault(t => t.Value == f.Value)))
            .Where(p => p.t is not null)
            .Select(p => new EnumMemberPair(p.f.Name, p.t!.Name))
            .ToEquatableArray();
        return new ViewSourceModel(source.PropertyName, source.JsonName, "global::" + from.FullName, "global::" + to.FullName, pairs);
    }

    private static TypeModel RootType(SchemaModel schema) => schema.Types.First(t => t.Root is not null);

    private static string ViewType(MemberModel member, string ns) => Syntax.TypeOf(member.Shape, ns) + "?";
}
