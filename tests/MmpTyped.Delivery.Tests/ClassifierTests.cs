using MmpTyped.Delivery.Outcomes;
using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery.Tests;

/// <summary>Answers the sandbox does not give: a proxy's HTML page, AppsFlyer's "Failed to Authenticate", a 501.</summary>
public sealed class ClassifierTests
{
    [Theory]
    [InlineData("Airbridge", 200, "text/html", "<html><body>Gateway login</body></html>", MmpDeliveryOutcome.Transient)]
    [InlineData("Airbridge", 200, "Text/HTML; charset=utf-8", "Gateway login", MmpDeliveryOutcome.Transient)] // the raw header, parameters and all
    [InlineData("Airbridge", 200, "application/json; charset=utf-8", "{\"status\":\"ok\"}", MmpDeliveryOutcome.Delivered)]
    [InlineData("Affise", 200, null, "  <!DOCTYPE html>", MmpDeliveryOutcome.Transient)]
    [InlineData("Airbridge", 200, "application/json", "{\"data\":\"duplicate event\"}", MmpDeliveryOutcome.Duplicate)]
    [InlineData("AppsFlyer", 200, "text/html", "<html>", MmpDeliveryOutcome.DeliveredUnverifiable)]
    [InlineData("AppsFlyer", 400, "text/plain", "Failed to Authenticate", MmpDeliveryOutcome.ConfigurationError)]
    [InlineData("AppsFlyer", 400, "text/plain", "Bad request", MmpDeliveryOutcome.Rejected)]
    [InlineData("Airbridge", 403, null, "", MmpDeliveryOutcome.ConfigurationError)]
    [InlineData("Affise", 502, "text/html", "<html>Bad Gateway</html>", MmpDeliveryOutcome.Transient)]
    [InlineData("Affise", 408, null, "", MmpDeliveryOutcome.Transient)]
    [InlineData("Affise", 501, null, "", MmpDeliveryOutcome.Rejected)]
    [InlineData("Airbridge", 302, null, "", MmpDeliveryOutcome.Rejected)]
    public void Each_answer_has_its_outcome(string vendor, int status, string? mediaType, string body, MmpDeliveryOutcome expected) =>
        Assert.Equal(expected, ResponseClassifier.Classify(System.Enum.Parse<MmpVendor>(vendor), status, mediaType, body));

    [Theory]
    [InlineData("AppsFlyer", MmpDeliveryOutcome.Transient, 502, false, false)]
    [InlineData("AppsFlyer", MmpDeliveryOutcome.Transient, null, true, true)]
    [InlineData("AppsFlyer", MmpDeliveryOutcome.Transient, 503, false, true)]
    [InlineData("Airbridge", MmpDeliveryOutcome.Transient, 502, false, true)]
    [InlineData("Affise", MmpDeliveryOutcome.Rejected, 400, false, false)]
    [InlineData("Affise", MmpDeliveryOutcome.Transient, 502, false, false)]
    [InlineData("Affise", MmpDeliveryOutcome.Transient, null, false, false)]
    [InlineData("Affise", MmpDeliveryOutcome.Transient, null, true, true)]
    [InlineData("Affise", MmpDeliveryOutcome.Transient, 503, false, true)]
    [InlineData("Affise", MmpDeliveryOutcome.Throttled, 429, false, true)]
    public void Only_safe_failures_are_retried(string vendor, MmpDeliveryOutcome outcome, int? status, bool neverSent, bool expected) =>
        Assert.Equal(expected, ResponseClassifier.MayRetry(System.Enum.Parse<MmpVendor>(vendor), outcome, status, neverSent));
}
