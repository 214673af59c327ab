using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.CodeFixes.Tests.Infrastructure;

namespace MmpTyped.CodeFixes.Tests;

/// <summary>MMP008: the fix prefixes the app id with <c>id</c>.</summary>
public sealed class PrefixAppIdTests
{
    [Fact]
    public Task Prefixes_literals_and_constants_and_fixes_all() => VerifyFix<PrefixAppIdCodeFix>.Run(
        Snippet.InMethod("""
                    const string IosApp = "123456789";
                    var first = AppsFlyerEvent.BuildUrl({|MMP008:"987654321"|});
                    var second = AppsFlyerEvent.BuildUrl({|MMP008:IosApp|});
            """),
        Snippet.InMethod("""
                    const string IosApp = "123456789";
                    var first = AppsFlyerEvent.BuildUrl("id987654321");
                    var second = AppsFlyerEvent.BuildUrl("id" + IosApp);
            """),
        "MMP008");
}
