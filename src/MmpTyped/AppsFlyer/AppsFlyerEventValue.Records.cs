namespace MmpTyped.AppsFlyer;

// The typed event value on each record that carries one: the generated parts declare EventValue,
// these add its typed reading.

public partial interface IAppsFlyerPushMessage
{
    /// <summary><see cref="EventValue"/>'s standard <c>af_*</c> parameters, typed; the value itself stays whole.</summary>
    AppsFlyerEventValue TypedEventValue { get; }
}

public sealed partial class AppsFlyerPushV2Message
{
    /// <summary><see cref="EventValue"/>'s standard <c>af_*</c> parameters, typed; the value itself stays whole.</summary>
    public AppsFlyerEventValue TypedEventValue => new(EventValue);
}

public sealed partial class AppsFlyerPushV1Message
{
    /// <summary><see cref="EventValue"/>'s standard <c>af_*</c> parameters, typed; the value itself stays whole.</summary>
    public AppsFlyerEventValue TypedEventValue => new(EventValue);
}

public sealed partial class AppsFlyerEvent
{
    /// <summary><see cref="EventValue"/>'s standard <c>af_*</c> parameters, typed; the value itself stays whole.</summary>
    public AppsFlyerEventValue TypedEventValue => new(EventValue);
}
