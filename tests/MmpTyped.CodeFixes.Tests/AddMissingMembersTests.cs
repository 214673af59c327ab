using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.CodeFixes.Tests.Infrastructure;

namespace MmpTyped.CodeFixes.Tests;

/// <summary>MMP001 and MMP002: the fix adds the missing members to the initializer, with <c>default</c> to replace: the analyzer counts <c>default</c> as no value, so the
/// diagnostic stays until the user writes one (a fix never leaves a quietly wrong event).</summary>
public sealed class AddMissingMembersTests
{
    private static Task Fix(string before, string after, string? key = null) =>
        VerifyFix<AddMissingMembersCodeFix>.Run(Snippet.InMethod(before), Snippet.InMethod(after), key);

    [Fact]
    public Task Adds_the_user_branch_to_a_one_line_initializer() => Fix(
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} });
        """,
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}}, User = new AirbridgeUser { ExternalUserID = default } });
        """,
        "MMP001:User.ExternalUserID");

    [Fact]
    public Task Adds_the_device_branch_to_a_multi_line_initializer() => Fix(
        """
                Outbox.Send({|MMP001:new AirbridgeAppEvent|}
                {
                    App = new AirbridgeApp { PackageName = "com.shop" },
                    EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "c" } },
                });
        """,
        """
                Outbox.Send({|MMP001:new AirbridgeAppEvent|}
                {
                    App = new AirbridgeApp { PackageName = "com.shop" },
                    EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "c" } },
                    Device = new AirbridgeDevice { DeviceUUID = default },
                });
        """,
        "MMP001:Device.DeviceUUID");

    [Fact]
    public Task Rewrites_no_placeholder_it_cannot_fill_and_offers_the_other_branch() => Fix(
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { User = new AirbridgeUser { ExternalUserID = null }, {{Code.AirbridgeRequired}} });
        """,
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { User = new AirbridgeUser { ExternalUserID = null }, {{Code.AirbridgeRequired}}, Device = new AirbridgeDevice { DeviceUUID = default } });
        """,
        "MMP001:Device.DeviceUUID");

    [Fact]
    public Task Completes_the_multi_path_branch_of_a_web_event_inside_the_existing_objects() => Fix(
        $$"""
                Outbox.Send({|MMP001:new AirbridgeWebEvent|}
                {
                    Browser = new AirbridgeBrowser { ClientID = "c-1" },
                    EventData = new AirbridgeWebEventData { ShortID = "s-1", {{Code.AirbridgeWebGoal}} },
                });
        """,
        $$"""
                Outbox.Send({|MMP001:new AirbridgeWebEvent|}
                {
                    Browser = new AirbridgeBrowser { ClientID = "c-1" },
                    EventData = new AirbridgeWebEventData { ShortID = "s-1", {{Code.AirbridgeWebGoal}}, TrackingData = new AirbridgeTrackingData { Channel = default, Params = default } },
                });
        """,
        "MMP001:Browser.ClientID+EventData.ShortID+EventData.TrackingData.Channel+EventData.TrackingData.Params");

    [Fact]
    public Task Adds_an_initializer_to_a_creation_without_one() => Fix(
        $$"""
                Outbox.Send(new AppsFlyerEvent { ConsentData = {|MMP001:new AppsFlyerConsentData()|}, {{Code.AppsFlyerRequired}} });
        """,
        $$"""
                Outbox.Send(new AppsFlyerEvent { ConsentData = {|MMP001:new AppsFlyerConsentData()|} { Tcf = default }, {{Code.AppsFlyerRequired}} });
        """,
        "MMP001:Tcf");

    [Fact]
    public Task Fix_all_adds_the_user_to_every_event_of_the_document() => Fix(
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} });
                var second = {|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}} };
                MmpJson.Serialize(second);
        """,
        $$"""
                Outbox.Send({|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}}, User = new AirbridgeUser { ExternalUserID = default } });
                var second = {|MMP001:new AirbridgeAppEvent|} { {{Code.AirbridgeRequired}}, User = new AirbridgeUser { ExternalUserID = default } };
                MmpJson.Serialize(second);
        """,
        "MMP001:User.ExternalUserID");

    [Fact]
    public Task Adds_every_missing_companion_and_fixes_all_devices() => Fix(
        $$"""
                Outbox.Send(new AirbridgeAppEvent { Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1" }, {{Code.AirbridgeRequired}} });
                Outbox.Send(new AirbridgeAppEvent { Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-2", OsVersion = "14" }, {{Code.AirbridgeRequired}} });
        """,
        $$"""
                Outbox.Send(new AirbridgeAppEvent { Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-1", DeviceModel = default, OsName = default, OsVersion = default }, {{Code.AirbridgeRequired}} });
                Outbox.Send(new AirbridgeAppEvent { Device = {|MMP002:new AirbridgeDevice|} { DeviceUUID = "d-2", OsVersion = "14", DeviceModel = default, OsName = default }, {{Code.AirbridgeRequired}} });
        """);

    [Fact]
    public Task Adds_the_user_to_a_with_expression() => VerifyFix<AddMissingMembersCodeFix>.RunWithGeneratedSources(
        Snippet.WithTypes(Renewal, """
                    Outbox.Send(Load() {|MMP001:with|} { User = null, Device = null });
            """, LoadRenewal),
        Snippet.WithTypes(Renewal, """
                    Outbox.Send(Load() {|MMP001:with|} { User = new AirbridgeUser { ExternalUserID = default }, Device = null });
            """, LoadRenewal),
        "MMP001:User.ExternalUserID");

    private const string Renewal = """
        [MmpEvent("airbridge.app", "subscription_renewed")]
        public partial record Renewal
        {
            [MmpField("value")]
            public decimal Price { get; init; }
        }
        """;

    private const string LoadRenewal = "    static Renewal Load() => throw new NotImplementedException();";
}
