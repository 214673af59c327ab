using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// How the analyzer follows an event from its creation to its use: later assignments to the local,
/// <c>with</c> expressions, and <c>[MmpEvent]</c> classes completed by the generator.
/// </summary>
public sealed class FlowTests
{
    private const string Renewal = """
        [MmpEvent("airbridge.app", "subscription_renewed")]
        public partial record Renewal
        {
            [MmpField("value")]
            public decimal Price { get; init; }

            public required string Plan { get; init; }
        }
        """;

    private const string LoadRenewal = "    static Renewal Load() => throw new NotImplementedException();";

    [Fact]
    public Task A_later_assignment_of_null_removes_the_identifier()
    {
        var code = Snippet.InMethod($$"""
                    var evt = {|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} };
                    evt.User = null;
                    Outbox.Send(evt);
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task A_later_assignment_adds_the_identifier()
    {
        var code = Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { {{Code.AirbridgeRequired}} };
                    evt.User = new AirbridgeUser { ExternalUserID = userId };
                    Outbox.Send(evt);
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task A_later_assignment_of_a_device_brings_its_own_rule()
    {
        var code = Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { {{Code.AirbridgeRequired}} };
                    evt.Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1" };
                    Outbox.Send(evt);
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task A_later_assignment_to_a_nested_member_is_followed()
    {
        var code = Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1" }, {{Code.AirbridgeRequired}} };
                    evt.Device.DeviceModel = "Pixel 8";
                    Outbox.Send(evt);
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task An_MmpEvent_class_carries_the_vendor_rules()
    {
        var code = Snippet.WithTypes(Renewal, """
                    Outbox.Send({|#0:new Renewal|} { Plan = "premium", Price = 9.9m, App = new AirbridgeApp { PackageName = "com.shop" } });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP001").WithLocation(0)
            .WithArguments("Set at least one of: user.externalUserID, or device.deviceUUID (rule 'identifier')."));
    }

    [Fact]
    public Task With_that_removes_the_identifier_of_a_known_event()
    {
        var code = Snippet.WithTypes(Renewal, """
                    var renewal = new Renewal { Plan = "premium", User = new AirbridgeUser { ExternalUserID = "u-1" }, App = new AirbridgeApp { PackageName = "com.shop" } };
                    Outbox.Send(renewal {|MMP001:with|} { User = null });
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task With_that_clears_every_identifier_of_an_unknown_event()
    {
        return Verify.Diagnostics(Snippet.WithTypes(Renewal, """
                    Outbox.Send(Load() {|MMP001:with|} { User = null, Device = null });
            """, LoadRenewal));
    }

    [Fact]
    public Task With_that_clears_one_identifier_of_an_unknown_event_is_silent()
    {
        return Verify.Diagnostics(Snippet.WithTypes(Renewal, """
                    Outbox.Send(Load() with { User = null });
            """, LoadRenewal));
    }
}
