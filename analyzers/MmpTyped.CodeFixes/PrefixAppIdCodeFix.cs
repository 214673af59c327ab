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

/// <summary>MMP008: prefixes an iOS app id with <c>id</c>, in the literal itself or before the constant that holds it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrefixAppIdCodeFix)), Shared]
public sealed class PrefixAppIdCodeFix() : ExpressionCodeFix(Descriptors.IosAppIdWithoutPrefix.Id)
{
    /// <inheritdoc />
    protected override string? Title(Diagnostic diagnostic) => "Add the 'id' prefix of iOS app ids";

    /// <inheritdoc />
    protected override async Task<Document> RewriteAsync(Document document, ExpressionSyntax value, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        ExpressionSyntax prefixed = value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("id" + literal.Token.ValueText))
            : SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("id")),
                SyntaxFactory.Token(SyntaxKind.PlusToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                value.WithoutTrivia());
        return document.WithSyntaxRoot(root.ReplaceNode(value, prefixed.WithTriviaFrom(value)));
    }
}
