using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SubsidyPortal.Infrastructure.Persistence;

internal static class PostgresErrors
{
    /// <summary>A unique index refused the row: someone else saved the same key a moment earlier.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? constraintPart = null) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && (constraintPart is null || (pg.ConstraintName?.Contains(constraintPart, StringComparison.OrdinalIgnoreCase) ?? false));
}
