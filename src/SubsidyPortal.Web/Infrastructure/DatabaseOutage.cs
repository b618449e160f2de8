using System.Net.Sockets;
using Npgsql;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Whether a failure is the database being away (stopped, restarting, unreachable) rather than a fault of the portal:
/// such a request is answered 503 with "try again shortly", not 500. A conflict between two writers is not an outage.
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Serialization failures and deadlocks are transient too, but they are the portal's own races.
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return false;
                case PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal)
                                                                  || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                                                                      or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections:
                    return true;
                case NpgsqlException { IsTransient: true } and not PostgresException:
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>How long to tell the browser to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;
}
