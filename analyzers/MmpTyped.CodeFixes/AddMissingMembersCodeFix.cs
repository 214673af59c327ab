using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmpTyped.Analyzers;

namespace MmpTyped.CodeFixes;

/// <summary>
/// MMP001 and MMP002: adds the missing members to the object's initializer, each with <c>default</c> for
/// the user to replace (the diagnostic stays until a value is there). For MMP001 there is one fix per branch of the group (<c>User.ExternalUserID</c>,
/// or <c>Device.DeviceUUID</c>); for MMP002 one fix adds every missing companion.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingMembersCodeFix)), Shared]
public sealed class AddMissingMembersCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Descriptors.MissingIdentifier.Id, Descriptors.MissingCompanion.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var target = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().FirstOrDefault(n => n is BaseObjectCreationExpressionSyntax or WithExpressionSyntax);
            if (target is null)
                continue;
            foreach (var (title, key, paths) in Choices(diagnostic))
            {
                if (Edit(model, target, paths, context.CancellationToken) is not { } replacement || replacement.IsEquivalentTo(target))
                    continue; // nothing to add: every member is there, with a value or a placeholder
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => AddAsync(context.Document, target, paths, ct), key),
                    diagnostic);
            }
        }
    }

    private static IEnumerable<(string Title, string Key, string[][] Paths)> Choices(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.TryGetValue(PropertyKeys.Branches, out var branches) && branches is not null)
        {
            foreach (var branch in branches.Split(PropertyKeys.Separator))
            {
                var paths = branch.Split(PropertyKeys.BranchJoin);
                yield return ("Add " + List(paths), diagnostic.Id + ":" + branch, Split(paths));
            }
        }
        else if (diagnostic.Properties.TryGetValue(PropertyKeys.Missing, out var missing) && missing is not null)
        {
            var paths = missing.Split(PropertyKeys.Separator);
            yield return ("Add " + List(paths), diagnostic.Id, Split(paths));
        }
    }

    private static async Task<Document> AddAsync(Document document, SyntaxNode target, string[][] paths, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null || Edit(model, target, paths, cancellationToken) is not { } replacement)
            return document;
        return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
    }

    /// <summary>The object with the paths added, or null when the fix cannot see into it.</summary>
    private static ExpressionSyntax? Edit(SemanticModel model, SyntaxNode target, string[][] paths, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(target, cancellationToken).Type is not { } type)
            return null;
        var editor = new InitializerEditor(model, target.SpanStart);
        return target switch
        {
            BaseObjectCreationExpressionSyntax creation when editor.AddPaths(creation.Initializer, type, paths) is { } initializer
                => InitializerEditor.WithInitializer(creation, initializer),
            WithExpressionSyntax with when editor.AddPaths(with.Initializer, type, paths) is { } initializer
                => with.WithInitializer(initializer),
            _ => null,
        };
    }

    private static string[][] Split(string[] paths) => paths.Select(p => p.Split('.')).ToArray();

    private static string List(string[] items) =>
        items.Length == 1 ? items[0] : string.Join(", ", items, 0, items.Length - 1) + " and " + items[items.Length - 1];
}
