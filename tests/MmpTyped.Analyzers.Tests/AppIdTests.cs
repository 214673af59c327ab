using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>MMP008: a constant iOS app id without its <c>id</c> prefix, wherever an <c>[MmpAppId]</c> parameter takes it.</summary>
public sealed class AppIdTests
{
    [Fact]
    public Task A_bare_app_store_id_given_to_BuildUrl() =>
        Verify.Diagnostics(Snippet.InMethod("""
                    var url = AppsFlyerEvent.BuildUrl({|#0:"123456789"|});
            """), Verify.Diagnostic("MMP008").WithLocation(0).WithArguments("123456789"));

    [Fact]
    public Task A_bare_app_store_id_in_a_constant_and_on_an_MmpEvent_class() =>
        Verify.Diagnostics(Snippet.WithTypes("""
            [MmpEvent("appsflyer.s2s", "af_purchase")]
            public partial class Purchase
            {
                [MmpField("af_revenue")]
                public decimal Revenue { get; init; }
            }
            """, """
                    const string IosApp = "123456789";
                    var first = AppsFlyerEvent.BuildUrl({|MMP008:IosApp|});
                    var second = Purchase.BuildUrl(appId: {|MMP008:"987654321"|});
            """));

    [Theory]
    [InlineData("\"id123456789\"")]
    [InlineData("\"com.example.shop\"")]
    [InlineData("userId")]
    [InlineData("\"id\" + \"123456789\"")]
    [InlineData("$\"id{count}\"")]
    public Task Prefixed_ids_package_names_and_unknown_values_are_accepted(string appId) =>
        Verify.Diagnostics(Snippet.InMethod($"""
                    var url = AppsFlyerEvent.BuildUrl({appId});
            """));

    [Fact]
    public Task A_digits_only_string_given_to_another_parameter_is_not_an_app_id() =>
        Verify.Diagnostics(Snippet.InMethod("""
                    var number = int.Parse("123456789");
                    Console.WriteLine("123456789");
            """));
}
