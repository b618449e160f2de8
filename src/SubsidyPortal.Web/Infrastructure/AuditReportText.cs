using System.Globalization;
using SubsidyPortal.Application.Audit;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>What <c>verify-audit</c> prints for a chain: an operator's line, in English like the other commands.</summary>
public static class AuditReportText
{
    public static string Line(AuditChainReport report) => report.Break switch
    {
        null => string.Create(CultureInfo.InvariantCulture, $"{report.Chain}: {report.Lines:N0} lines, head {report.HeadHash ?? "(empty)"} — holds"),
        { Problem: "digest" } b => string.Create(CultureInfo.InvariantCulture,
            $"{report.Chain}: {report.Lines:N0} lines — BROKEN: the digest of {b.DigestDay:yyyy-MM-dd} recorded line {b.Position} with a hash the chain no longer has there (lines removed or rewritten since)"),
        var b => string.Create(CultureInfo.InvariantCulture,
            $"{report.Chain}: {report.Lines:N0} lines — BROKEN at line {b.Position} (id {b.LineId}): {Explain(b.Problem)}"),
    };

    private static string Explain(string problem) => problem switch
    {
        "missing-line" => "a line before it is missing",
        "previous-hash" => "its previous hash is not the hash of the line before it",
        "content" => "its content no longer gives its hash (the line was altered)",
        _ => problem,
    };
}
