using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmpTyped.CodeFixes;

/// <summary>
/// A fix that rewrites the one expression a diagnostic points at (a clear-text value, a bare app id):
/// finding the expression and registering the action is the same for each; the rewrite is theirs.
/// </summary>
public abstract class ExpressionCodeFix(string diagnosticId) : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(diagnosticId);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || Title(diagnostic) is not { } title)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => RewriteAsync(context.Document, value, diagnostic, ct), diagnosticId),
                diagnostic);
        }
    }

    /// <summary>The action's title for this diagnostic; null when there is nothing to offer.</summary>
    protected abstract string? Title(Diagnostic diagnostic);

    /// <summary>The document with <paramref name="value"/> rewritten.</summary>
    protected abstract Task<Document> RewriteAsync(Document document, ExpressionSyntax value, Diagnostic diagnostic, CancellationToken cancellationToken);
}
