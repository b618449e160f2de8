using System.Security.Cryptography;
using System.Text;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>The same name always gives the same id, so reference data can be re-seeded without duplicates.</summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("subsidyportal:" + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
