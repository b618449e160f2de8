using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Work;

/// <summary>How pressing a work item is: the home page orders by it and colours it.</summary>
public enum Urgency
{
    /// <summary>Past its deadline.</summary>
    Overdue,

    /// <summary>Due within <see cref="WorkItem.NearDeadlineWorkingDays"/> working days.</summary>
    Soon,

    Normal,
}

/// <summary>
/// One thing a person has to do now: what it is (a text key of the UI with its arguments, so it reads in the user's
/// language), a detail in the words someone wrote (a return's reason), how long it has waited, its deadline and how
/// many working days are left, and the page where it is done.
/// </summary>
public sealed record WorkItem(
    string TitleKey,
    IReadOnlyList<string> TitleArgs,
    string? Detail,
    int? WaitingDays,
    DateOnly? Deadline,
    int? WorkingDaysLeft,
    string Href)
{
    public const int NearDeadlineWorkingDays = 3;

    public Urgency Urgency => WorkingDaysLeft switch
    {
        < 0 => Urgency.Overdue,
        <= NearDeadlineWorkingDays => Urgency.Soon,
        _ => Urgency.Normal,
    };
}

/// <summary>A group of like items ("退回补正", "待确认账户"): its count (all of them, not just those listed) and the
/// first few, newest deadline first, with a link to the full list.</summary>
public sealed record WorkSection(string Key, int Count, IReadOnlyList<WorkItem> Items, string? ListHref)
{
    /// <summary>Days the longest-waiting item of the whole section has waited, for sections worked oldest first.</summary>
    public int? OldestWaitingDays { get; init; }
}

/// <summary>A role's home: whose work it is (the enterprise's or the town/park's name, when the role acts for one)
/// and the sections in the order that role works through them.</summary>
public sealed record WorkQueue(string? Subject, IReadOnlyList<WorkSection> Sections)
{
    public int Total => Sections.Sum(s => s.Count);
}

/// <summary>
/// The work queues: what each role has to do now, with counts and deadlines (the home pages), and the counts the
/// navigation shows beside its links.
/// </summary>
public interface IWorkQueues
{
    Task<WorkQueue> QueueAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Counts by navigation key (e.g. "messages", "town.applications"), only those above zero.</summary>
    Task<IReadOnlyDictionary<string, int>> NavigationCountsAsync(Actor actor, CancellationToken cancellationToken);
}
