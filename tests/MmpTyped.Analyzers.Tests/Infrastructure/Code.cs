namespace MmpTyped.Analyzers.Tests.Infrastructure;

/// <summary>Initializer members every snippet of a vendor needs (its required members), so that tests show only what they are about.</summary>
internal static class Code
{
    public const string AirbridgeRequired =
        """App = new AirbridgeApp { PackageName = "com.shop" }, EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" } }""";

    public const string AirbridgeWebGoal = """Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" }""";

    public const string AppsFlyerRequired =
        """AppsflyerId = "1547985076649-5309999", EventName = "af_purchase", EventValue = new MmpAttributes()""";

    public const string AffiseRequired = """Event = new AffiseEventDetails { AffiseEventName = "Purchase" }""";

    public const string AirbridgeUser = """User = new AirbridgeUser { ExternalUserID = "u-1" }""";
}
