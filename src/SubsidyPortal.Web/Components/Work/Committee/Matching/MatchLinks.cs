namespace SubsidyPortal.Web.Components.Work.Committee.Matching;

/// <summary>Addresses of a clause's 政策找企业 list: a clause id is "policy/clause", two path segments.</summary>
public static class MatchLinks
{
    public static string Clause(string clauseId) => $"/committee/matches/{clauseId}";

    public static string Export(string clauseId, string format, bool includeApplied) =>
        $"/committee/matches/{clauseId}/export.{format}{(includeApplied ? "?applied=1" : string.Empty)}";
}
