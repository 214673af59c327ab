using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace MmpTyped.AspNetCore.Security;

/// <summary>Whether a remote address may send: in one of the ranges, or any address when there are none.</summary>
internal sealed class SourceAllowList(IEnumerable<string> ranges)
{
    private readonly IPNetwork[] _ranges = ranges.Select(range => IPNetwork.Parse(range)).ToArray();

    public bool Allows(IPAddress? address)
    {
        if (_ranges.Length == 0)
            return true;
        if (address is null)
            return false;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        foreach (var range in _ranges)
        {
            if (range.Contains(address))
                return true;
        }
        return false;
    }
}
