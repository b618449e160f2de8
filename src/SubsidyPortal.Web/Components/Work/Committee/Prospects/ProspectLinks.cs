namespace SubsidyPortal.Web.Components.Work.Committee.Prospects;

/// <summary>Addresses of a clause's 政策找企业 list: a clause id is "policy/clause", two path segments.</summary>
public static class ProspectLinks
{
    public static string Clause(string clauseId) => $"/committee/prospects/{clauseId}";

    public static string Export(string clauseId, string format, bool includeApplied) =>
        $"/committee/prospects/{clauseId}/export.{format}{(includeApplied ? "?applied=1" : string.Empty)}";
}
