using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// Rules that <c>Validate()</c> checks and the analyzer once missed: a placeholder that silences the
/// nullable warning (<c>default!</c>, <c>null!</c>) is still no value, and formats and <c>anyOf</c>
/// alternatives are checked on constants as <c>Validate()</c> checks them.
/// </summary>
public sealed class RuleGapTests
{
    [Theory]
    [InlineData("default!")]
    [InlineData("null!")]
    [InlineData("default")]
    [InlineData("null")]
    public Task A_placeholder_is_not_an_identifier(string placeholder) =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    Outbox.Send({|MMP001:new AirbridgeAppEvent|} { User = new AirbridgeUser { ExternalUserID = {{placeholder}} }, {{Code.AirbridgeRequired}} });
            """));

    [Theory]
    [InlineData("default!")]
    [InlineData("null!")]
    public Task A_placeholder_is_not_a_companion(string placeholder) =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeAppEvent { {{Code.AirbridgeUser}}, Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1", DeviceModel = {{placeholder}}, OsName = AirbridgeDeviceOsName.Android, OsVersion = "14" }, {{Code.AirbridgeRequired}} });
            """));

    [Fact]
    public Task A_value_out_of_its_format() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { Ip = {|#0:"299.0.0.1"|}, {{Code.AppsFlyerRequired}} };
            """), Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'ip' must be a valid ipv4; it is \"299.0.0.1\"."));

    [Fact]
    public Task A_value_off_the_pattern_and_out_of_the_format_breaks_both_rules_as_Validate_reports_them() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { Ip = {|#0:"1.2.3"|}, {{Code.AppsFlyerRequired}} };
            """),
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("""
                'ip' must match ^(([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1}))$; it is "1.2.3".
                """),
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'ip' must be a valid ipv4; it is \"1.2.3\"."));

    [Theory]
    [InlineData("""{|MMP004:"airbridge.my:event"|}""")]
    [InlineData("""{|MMP004:"airbridge.ecommerce.order.complete"|}""")]
    [InlineData("""{|MMP004:"order:completed"|}""")]
    [InlineData("\"airbridge.ecommerce.order.completed\"")]
    [InlineData("\"order_completed\"")]
    public Task A_category_keeps_one_of_its_alternatives(string category) =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var goal = new AirbridgeGoal { Category = {{category}} };
            """));
}
