using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Notices;

/// <summary>
/// 公示: a call's proposed list published for a number of working days. The window's days come from the
/// working-day calendar; the application rows carry the notice id.
/// </summary>
public sealed class PublicNotice : AggregateRoot
{
    private PublicNotice()
    {
        TitleZh = string.Empty;
    }

    public Guid CallId { get; private set; }

    public string TitleZh { get; private set; }

    public DateOnly PublishedOn { get; private set; }

    /// <summary>First working day of the window (the publication day when it is a working day).</summary>
    public DateOnly FirstDay { get; private set; }

    /// <summary>Last working day: objections are accepted until this day ends; approval follows the next day.</summary>
    public DateOnly LastDay { get; private set; }

    public int WorkingDays { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public static PublicNotice Publish(Guid callId, string titleZh, DateOnly publishedOn, DateOnly firstDay, DateOnly lastDay, int workingDays, Guid? publishedBy, DateTimeOffset now)
    {
        if (lastDay < firstDay || firstDay < publishedOn || workingDays < 1)
        {
            throw new DomainException("notice.window-invalid", $"Window {firstDay}–{lastDay} ({workingDays} working days) is not valid.");
        }

        return new PublicNotice
        {
            CallId = callId,
            TitleZh = Guard.Required(titleZh, "notice.title-required", 200),
            PublishedOn = publishedOn,
            FirstDay = firstDay,
            LastDay = lastDay,
            WorkingDays = workingDays,
            PublishedAt = now,
            PublishedBy = publishedBy,
        };
    }

    /// <summary>Objections are lodged from publication to the end of the last working day.</summary>
    public bool AcceptsObjectionsOn(DateOnly day) => PublishedOn <= day && day <= LastDay;
}
