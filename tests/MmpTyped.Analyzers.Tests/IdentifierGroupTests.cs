using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>MMP001: an event that sets none of a group's branches, decided where it is used as finished.</summary>
public sealed class IdentifierGroupTests
{
    [Fact]
    public Task Airbridge_app_event_without_user_or_device_id()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send({|#0:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP001").WithLocation(0)
            .WithArguments("Set at least one of: user.externalUserID, or device.deviceUUID (rule 'identifier')."));
    }

    [Fact]
    public Task A_nested_user_without_its_external_id_and_a_null_device_are_no_identifier()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send({|MMP001:new AirbridgeAppEvent|}
                    {
                        User = new AirbridgeUser { ExternalUserEmail = "jane@example.com" },
                        Device = null,
                        {{Code.AirbridgeRequired}},
                    });
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task Airbridge_web_event_with_only_part_of_the_multi_path_branch()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send({|#0:new AirbridgeWebEvent|}
                    {
                        Browser = new AirbridgeBrowser { ClientID = "c-1" },
                        EventData = new AirbridgeWebEventData { ShortID = "s-1", {{Code.AirbridgeWebGoal}} },
                    });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP001").WithLocation(0).WithArguments(
            "Set at least one of: user.externalUserID, or browser.clientID with eventData.shortID with eventData.trackingData.channel with eventData.trackingData.params (rule 'identifier')."));
    }

    [Fact]
    public Task Airbridge_web_event_with_the_whole_multi_path_branch_is_accepted()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeWebEvent
                    {
                        Browser = new AirbridgeBrowser { ClientID = "c-1" },
                        EventData = new AirbridgeWebEventData
                        {
                            ShortID = "s-1",
                            TrackingData = new AirbridgeTrackingData { Channel = "google", Params = new MmpAttributes() },
                            {{Code.AirbridgeWebGoal}},
                        },
                    });
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task Affise_event_without_any_device_id()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send({|#0:new AffiseEvent|} { {{Code.AffiseRequired}} });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP001").WithLocation(0)
            .WithArguments("Set at least one of: affise_device_id, or random_user_id, or gaid_adid, or adid, or gaid (rule 'identifier')."));
    }

    [Fact]
    public Task Affise_event_with_one_device_id_is_accepted()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AffiseEvent { Gaid = "38400000-8cf0-11bd-b23e-10b96e40000d", {{Code.AffiseRequired}} });
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task AppsFlyer_consent_with_neither_tcf_nor_manual()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AppsFlyerEvent { ConsentData = {|#0:new AppsFlyerConsentData()|}, {{Code.AppsFlyerRequired}} });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP001").WithLocation(0)
            .WithArguments("Set at least one of: tcf, or manual (rule 'consent-tcf-or-manual')."));
    }

    [Theory]
    [InlineData("MmpJson.Serialize(evt);")]
    [InlineData("_ = MmpJson.SerializeToUtf8Bytes(evt);")]
    [InlineData("_ = evt.Validate();")]
    [InlineData("await Outbox.SendAsync(evt);")]
    [InlineData("Outbox.SendAll(new List<IMmpEvent> { evt });")]
    [InlineData("Outbox.SendAll(new IMmpEvent[] { evt });")]
    [InlineData("IMmpEvent[] batch = [evt]; Outbox.SendAll(batch);")]
    [InlineData("Outbox.Send(Outbox.Checked(evt));")]
    public Task Every_way_of_using_an_event_as_finished_decides_its_rules(string use)
    {
        var code = Snippet.InMethod($$"""
                    var evt = {|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} };
                    {{use}}
            """);
        return Verify.Diagnostics(code);
    }
}
