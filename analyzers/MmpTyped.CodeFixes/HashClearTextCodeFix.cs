using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmpTyped.Analyzers;

namespace MmpTyped.CodeFixes;

/// <summary>MMP006: wraps clear text in the <c>MmpHash</c> helper that normalises and hashes it the vendor's way.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HashClearTextCodeFix)), Shared]
public sealed class HashClearTextCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ClearTextPii.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PropertyKeys.HashHelper, out var helper) || helper is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                continue; // text the helper would refuse (no '@' in an email): nothing to wrap
            context.RegisterCodeFix(
                CodeAction.Create($"Hash with MmpHash.{helper}", ct => WrapAsync(context.Document, value, helper, ct), "MMP006"),
                diagnostic);
        }
    }

    private static async Task<Document> WrapAsync(Document document, ExpressionSyntax value, string helper, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model?.Compilation.GetTypeByMetadataName("MmpTyped.MmpHash") is not { } hash)
            return document;
        // MmpHash when a using brings it in scope, MmpTyped.MmpHash otherwise.
        var call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression(hash.ToMinimalDisplayString(model, value.SpanStart) + "." + helper),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);
        return document.WithSyntaxRoot(root.ReplaceNode(value, call));
    }
}
