using System.ComponentModel;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped;

/// <summary>
/// Puts the <see cref="MmpIdentities"/> of a multi-vendor event into each vendor's record: a value the
/// event class placed itself (with <c>[MmpField(schema, "$.…")]</c>) is kept, and an object the vendor
/// groups identifiers in (Airbridge's <c>user</c>, <c>device</c>, <c>app</c>) is created only when it
/// gets a value, so a record without identities writes exactly what it would without this call.
/// For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpIdentityMapping
{
    /// <summary>Fills AppsFlyer's identifiers, device and app members from <paramref name="who"/>.</summary>
    /// <param name="who">The identities; null fills nothing.</param>
    /// <param name="record">The AppsFlyer event to fill.</param>
    public static void Fill(MmpIdentities? who, AppsFlyerEvent record)
    {
        System.ArgumentNullException.ThrowIfNull(record);
        if (who is null)
            return;
        // AppsflyerId is required: its getter returns null until it is set, which Validate() reports.
        if (record.AppsflyerId is null && who.AppsFlyerId is { } appsFlyerId)
            record.AppsflyerId = appsFlyerId;
        record.CustomerUserId ??= who.CustomerUserId;
        record.AdvertisingId ??= who.Gaid;
        record.Idfa ??= who.Idfa;
        record.Idfv ??= who.Idfv;
        record.Ip ??= who.Ip;
        record.Os ??= who.OsVersion;
        record.BundleIdentifier ??= who.PackageName;
        record.EmailHashed ??= who.EmailSha256;
        record.PhoneNumberHashed ??= who.PhoneSha256;
        record.PhoneNumberE164Hashed ??= who.PhoneE164Sha256;
    }

    /// <summary>Fills Airbridge's <c>user</c>, <c>device</c> (with the companions of <c>deviceUUID</c>) and <c>app</c> from <paramref name="who"/>.</summary>
    /// <param name="who">The identities; null fills nothing.</param>
    /// <param name="record">The Airbridge in-app event to fill.</param>
    public static void Fill(MmpIdentities? who, AirbridgeAppEvent record)
    {
        System.ArgumentNullException.ThrowIfNull(record);
        if (who is null)
            return;
        if (who.CustomerUserId is { } userId)
        {
            record.User ??= new AirbridgeUser();
            record.User.ExternalUserID ??= userId;
        }
        if (who.AirbridgeDeviceUuid is not null || who.Gaid is not null || who.Idfa is not null || who.Idfv is not null
            || who.DeviceModel is not null || who.Platform is not null || who.OsVersion is not null || who.Ip is not null)
        {
            var device = record.Device ??= new AirbridgeDevice();
            device.DeviceUUID ??= who.AirbridgeDeviceUuid;
            device.Gaid ??= who.Gaid;
            device.Ifa ??= who.Idfa;
            device.Ifv ??= who.Idfv;
            device.DeviceModel ??= who.DeviceModel;
            device.OsName ??= who.Platform switch
            {
                MmpPlatform.Android => AirbridgeDeviceOsName.Android,
                MmpPlatform.Ios => AirbridgeDeviceOsName.IOS,
                _ => null,
            };
            device.OsVersion ??= who.OsVersion;
            device.ClientIP ??= who.Ip;
        }
        if (who.PackageName is { } packageName)
        {
            // App is required: its getter returns null until it is set, which Validate() reports.
            if (record.App is null)
                record.App = new AirbridgeApp { PackageName = packageName };
            else if (record.App.PackageName is null)
                record.App.PackageName = packageName;
        }
    }

    /// <summary>Fills Affise's device identifiers and app id from <paramref name="who"/>.</summary>
    /// <param name="who">The identities; null fills nothing.</param>
    /// <param name="record">The Affise event to fill.</param>
    public static void Fill(MmpIdentities? who, AffiseEvent record)
    {
        System.ArgumentNullException.ThrowIfNull(record);
        if (who is null)
            return;
        record.AffiseDeviceId ??= who.AffiseDeviceId;
        record.RandomUserId ??= who.AffiseRandomUserId;
        record.GaidAdid ??= who.Gaid;
        record.Adid ??= who.Idfa;
        record.AppId ??= who.AffiseAppId;
    }
}
