using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.MultiVendor;

/// <summary>
/// The identities of a multi-vendor event, put into each vendor's record: every vendor gets what its envelope
/// has a place for, a value the record already has is kept, and no empty object appears for identities not given.
/// </summary>
public sealed class MmpIdentityMappingTests
{
    private static readonly MmpIdentities Device = new()
    {
        CustomerUserId = "19443",
        AppsFlyerId = "1547985076649-5309999",
        Gaid = "38400000-8cf0-11bd-b23e-10b96e40000d",
        AirbridgeDeviceUuid = "38400000-8cf0-11bd-b23e-10b96e40000d",
        DeviceModel = "SM-G781B",
        Platform = MmpPlatform.Android,
        OsVersion = "14",
        AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00",
        PackageName = "com.example.shop",
    };

    [Fact]
    public void Airbridge_gets_the_device_uuid_with_its_companions_and_validates()
    {
        var record = AirbridgeRecord();

        MmpIdentityMapping.Fill(Device, record);

        Assert.Equal(
            """{"user":{"externalUserID":"19443"},"device":{"deviceUUID":"38400000-8cf0-11bd-b23e-10b96e40000d","gaid":"38400000-8cf0-11bd-b23e-10b96e40000d","deviceModel":"SM-G781B","osName":"Android","osVersion":"14"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""",
            MmpJson.Serialize(record));
        Assert.True(record.Validate().IsValid, record.Validate().ToString());
    }

    [Fact]
    public void AppsFlyer_and_Affise_take_their_own_identifiers_from_the_same_identities()
    {
        var appsFlyer = new AppsFlyerEvent { AppsflyerId = null!, EventName = "af_purchase", EventValue = [] };
        var affise = new AffiseEvent { Event = new AffiseEventDetails { AffiseEventName = "Purchase" } };

        MmpIdentityMapping.Fill(Device, appsFlyer);
        MmpIdentityMapping.Fill(Device, affise);

        Assert.Equal(
            """{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":"","customer_user_id":"19443","advertising_id":"38400000-8cf0-11bd-b23e-10b96e40000d","os":"14","bundleIdentifier":"com.example.shop"}""",
            MmpJson.Serialize(appsFlyer));
        Assert.Equal(
            """{"affise_device_id":"3d973489-e784-4f5d-8e51-9bee0ac16b00","gaid_adid":"38400000-8cf0-11bd-b23e-10b96e40000d","event":{"affise_event_name":"Purchase"}}""",
            MmpJson.Serialize(affise));
    }

    [Fact]
    public void A_value_the_record_already_has_is_kept()
    {
        var record = AirbridgeRecord();
        record.User = new AirbridgeUser { ExternalUserID = "set-by-the-class" };
        record.App = new AirbridgeApp { PackageName = "com.example.other" };

        MmpIdentityMapping.Fill(Device, record);

        Assert.Equal("set-by-the-class", record.User.ExternalUserID);
        Assert.Equal("com.example.other", record.App.PackageName);
    }

    [Fact]
    public void Identities_with_nothing_a_vendor_uses_leave_its_record_as_it_was_and_its_validation_refuses_it_alone()
    {
        var record = AirbridgeRecord();
        var before = MmpJson.Serialize(record);

        MmpIdentityMapping.Fill(new MmpIdentities { AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00" }, record);

        Assert.Equal(before, MmpJson.Serialize(record));
        Assert.Null(record.User);
        Assert.Null(record.Device);
        Assert.Contains(record.Validate().Errors, e => e.Code == "MMP001");
    }

    private static AirbridgeAppEvent AirbridgeRecord() => new()
    {
        App = null!,
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" } },
    };
}
