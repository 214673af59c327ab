using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.Delivery;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// The delivery client's send and prepare methods take the event as <c>IMmpEvent</c>, which is what makes a
/// call a sink: an event built without its identifiers and handed to them is flagged at its <c>new</c>, as it
/// is for <c>MmpJson</c>. These tests compile real calls against MmpTyped.Delivery.dll, so a send method that
/// took the concrete type (and so stopped being a sink) fails them.
/// </summary>
public sealed class DeliverySinkTests
{
    private const string Client = "    private readonly MmpTyped.Delivery.MmpDeliveryClient client = null!;";

    [Fact]
    public Task An_event_without_an_identifier_sent_by_the_client_is_flagged_at_its_creation()
    {
        var code = Snippet.InMethod($$"""
                    var result = await client.SendAsync({|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} }, "shop");
            """, Client);
        return Verify.DiagnosticsWith(code, [typeof(MmpDeliveryClient).Assembly]);
    }

    [Fact]
    public Task A_local_finished_then_sent_or_prepared_is_followed_to_the_client()
    {
        var code = Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { {{Code.AirbridgeRequired}} };
                    evt.Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1", DeviceModel = "SM-S918N" };
                    var result = await client.SendAsync(evt, "shop");
                    var affise = {|MMP001:new AffiseEvent|} { Event = new AffiseEventDetails { AffiseEventName = "Purchase" } };
                    client.TryPrepare(affise, null, out var request, out var errors);
                    MmpDeliveryRequest.TryCreate({|MMP001:new AffiseEvent|} { Event = new AffiseEventDetails { AffiseEventName = "Purchase" } }, null, TimeProvider.System, out _, out _);
            """.Replace("MmpDeliveryRequest", "MmpTyped.Delivery.MmpDeliveryRequest", System.StringComparison.Ordinal), Client);
        return Verify.DiagnosticsWith(code, [typeof(MmpDeliveryClient).Assembly]);
    }

    [Fact]
    public Task A_complete_event_sent_by_the_client_is_not_flagged()
    {
        var code = Snippet.InMethod($$"""
                    var result = await client.SendAsync(new AirbridgeAppEvent { {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} }, "shop");
            """, Client);
        return Verify.DiagnosticsWith(code, [typeof(MmpDeliveryClient).Assembly]);
    }
}
