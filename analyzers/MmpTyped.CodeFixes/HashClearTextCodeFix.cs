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
public sealed class HashClearTextCodeFix() : ExpressionCodeFix(Descriptors.ClearTextPii.Id)
{
    /// <inheritdoc />
    /// <remarks>Text the helper would refuse (no '@' in an email) has no helper property: nothing to offer.</remarks>
    protected override string? Title(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(PropertyKeys.HashHelper, out var helper) && helper is not null ? $"Hash with MmpHash.{helper}" : null;

    /// <inheritdoc />
    protected override async Task<Document> RewriteAsync(Document document, ExpressionSyntax value, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var helper = diagnostic.Properties[PropertyKeys.HashHelper];
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
