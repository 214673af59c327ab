using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// MMP002 (a field set without its companions: one diagnostic per object, listing every missing companion)
/// and MMP004 for "only one of" rules (AppsFlyer consent: tcf or manual, never both).
/// </summary>
public sealed class CompanionsAndExclusiveTests
{
    [Fact]
    public Task Device_uuid_without_model_and_os_lists_every_missing_companion_once()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeAppEvent
                    {
                        Device = {|#0:new AirbridgeDevice|} { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" },
                        {{Code.AirbridgeRequired}},
                    });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP002").WithLocation(0)
            .WithArguments("'deviceModel', 'osName' and 'osVersion' must be set because 'deviceUUID' is (rule 'deviceUUID-companions')."));
    }

    [Fact]
    public Task Device_uuid_with_two_of_three_companions_names_the_third()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeAppEvent
                    {
                        Device = {|#0:new AirbridgeDevice()|} { DeviceUUID = "d-1", DeviceModel = "iPhone15,2", OsName = AirbridgeDeviceOsName.IOS },
                        {{Code.AirbridgeRequired}},
                    });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP002").WithLocation(0)
            .WithArguments("'osVersion' must be set because 'deviceUUID' is (rule 'deviceUUID-companions')."));
    }

    [Fact]
    public Task Device_uuid_with_all_companions_is_accepted()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeAppEvent
                    {
                        Device = new AirbridgeDevice { DeviceUUID = "d-1", DeviceModel = "Pixel 8", OsName = AirbridgeDeviceOsName.Android, OsVersion = "14" },
                        {{Code.AirbridgeRequired}},
                    });
            """);
        return Verify.Diagnostics(code);
    }

    [Fact]
    public Task A_device_built_in_a_local_and_finished_by_assignments_is_followed()
    {
        var code = Snippet.InMethod($$"""
                    var device = {|#0:new AirbridgeDevice|} { DeviceUUID = "d-1" };
                    device.OsName = AirbridgeDeviceOsName.IOS;
                    device.OsVersion = "17.4";
                    Outbox.Send(new AirbridgeAppEvent { Device = device, {{Code.AirbridgeRequired}} });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP002").WithLocation(0)
            .WithArguments("'deviceModel' must be set because 'deviceUUID' is (rule 'deviceUUID-companions')."));
    }

    [Fact]
    public Task AppsFlyer_consent_with_both_tcf_and_manual()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AppsFlyerEvent
                    {
                        ConsentData = {|#0:new AppsFlyerConsentData|}
                        {
                            Tcf = new AppsFlyerTcfConsent { GdprApplies = 1 },
                            Manual = new AppsFlyerManualConsent { GdprApplies = true },
                        },
                        {{Code.AppsFlyerRequired}},
                    });
            """);
        return Verify.Diagnostics(code, Verify.Diagnostic("MMP004").WithLocation(0)
            .WithArguments("Set only one of tcf, manual (rule 'consent-tcf-or-manual')."));
    }

    [Fact]
    public Task AppsFlyer_consent_with_tcf_only_is_accepted()
    {
        var code = Snippet.InMethod($$"""
                    Outbox.Send(new AppsFlyerEvent { ConsentData = new AppsFlyerConsentData { Tcf = new AppsFlyerTcfConsent() }, {{Code.AppsFlyerRequired}} });
            """);
        return Verify.Diagnostics(code);
    }
}
