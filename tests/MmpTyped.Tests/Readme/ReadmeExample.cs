using System;
using System.IO;
using MmpTyped.Airbridge;

namespace MmpTyped.Tests.Readme;

/// <summary>The README's example, compiled and run by <see cref="ReadmeExampleTests"/> so the README cannot drift.</summary>
internal static class ReadmeExample
{
    public static void Run(TextWriter console)
    {
        // begin-snippet
        var purchase = new AirbridgeAppEvent
        {
            EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
            User = new AirbridgeUser { ExternalUserID = "19443" },
            Device = new AirbridgeDevice
            {
                DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471",
                OsName = AirbridgeDeviceOsName.Android,
                OsVersion = "14",
            },
            App = new AirbridgeApp { PackageName = "com.example.shop" },
            EventData = new AirbridgeEventData
            {
                Goal = new AirbridgeGoal
                {
                    Category = "airbridge.ecommerce.order.completed",
                    Value = 159990m,
                    SemanticAttributes = new AirbridgeSemanticAttributes { Currency = "KRW", TransactionID = "12939172" },
                    CustomAttributes = new MmpAttributes { ["season"] = "christmas", ["gift"] = true },
                },
            },
        };

        console.WriteLine(purchase.Validate());   // Airbridge would drop this one: a deviceUUID needs its companions

        purchase.Device.DeviceModel = "SM-S918N";
        console.WriteLine(purchase.Validate());
        console.WriteLine(MmpJson.Serialize(purchase));
        // end-snippet
    }
}
