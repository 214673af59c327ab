using System.Text;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>Parsing stays linear in the input, whatever order the members come in.</summary>
[Collection(LinearTime.Collection)]
public sealed class LinearParseTests
{
    /// <summary>
    /// Many unknown members, then a known member sent again and again, alternately with text its type
    /// cannot hold (kept among the unknown members) and with a good value (which takes it out again).
    /// Taking it out once dropped the bag's name index, which the next look-up rebuilt over every
    /// member: 733 KB took 8 s.
    /// </summary>
    [Fact]
    public void A_member_repeated_with_bad_and_good_text_after_many_unknown_members_is_read_in_linear_time()
    {
        static byte[] Make(int pairs)
        {
            var json = new StringBuilder("{");
            for (var i = 0; i < pairs; i++)
                json.Append("\"u").Append(i).Append("\":1,");
            for (var i = 0; i < pairs; i++)
                json.Append("\"event_time\":\"bad\",\"event_time\":\"2015-10-28 12:18:36\",");
            return Encoding.UTF8.GetBytes(json.Append("\"x\":0}").ToString());
        }

        LinearTime.Assert(Make, json =>
        {
            Assert.True(AppsFlyerPushV1Message.TryParse(json, out var message, out var error), error?.ToString());
            Assert.Equal(2015, message.EventTime.Year);
        }, smallSize: 2_000, "V1 parse");
    }

    [Fact]
    public void Removing_members_keeps_the_others_findable()
    {
        var attributes = new MmpAttributes();
        for (var i = 0; i < 40; i++)
            attributes[$"k{i}"] = i;

        Assert.True(attributes.Remove("k3"));
        Assert.True(attributes.Remove("k39"));
        attributes["k3"] = "again";

        Assert.Equal(39, attributes.Count);
        for (var i = 0; i < 39; i++)
            Assert.True(attributes.ContainsKey($"k{i}"), $"k{i}");
        Assert.False(attributes.ContainsKey("k39"));
        Assert.Equal(MmpValue.String("again"), attributes["k3"]);
        Assert.Equal(MmpValue.Number(4m), attributes["k4"]);
        Assert.Equal("k3", System.Linq.Enumerable.Last(attributes).Key);
    }
}
