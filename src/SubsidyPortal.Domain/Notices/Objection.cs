using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Notices;

public enum ObjectionStatus
{
    /// <summary>Lodged; the committee investigates (调查核实).</summary>
    Open,

    /// <summary>Found to hold: the application leaves the list.</summary>
    Upheld,

    Dismissed,
}

/// <summary>异议: anyone may object to an entry of a public notice during its window, giving contact details.</summary>
public sealed class Objection
{
    public const int TextMaxLength = 2000;

    private Objection()
    {
        Name = string.Empty;
        Contact = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Phone or e-mail, so the committee can investigate; never shown publicly.</summary>
    public string Contact { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset LodgedAt { get; private set; }

    public ObjectionStatus Status { get; private set; }

    public string? Resolution { get; private set; }

    public Guid? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public static Objection Lodge(PublicNotice notice, Guid applicationId, string name, string contact, string text, DateOnly today, DateTimeOffset now)
    {
        if (!notice.AcceptsObjectionsOn(today))
        {
            throw new DomainException("objection.window-closed", $"The notice accepts objections until {notice.LastDay}.");
        }

        return new Objection
        {
            Id = Guid.CreateVersion7(),
            NoticeId = notice.Id,
            ApplicationId = applicationId,
            Name = Guard.Required(name, "objection.name-required", 50),
            Contact = Guard.Required(contact, "objection.contact-required", 100),
            Text = Guard.Required(text, "objection.text-required", TextMaxLength),
            LodgedAt = now,
            Status = ObjectionStatus.Open,
        };
    }

    public void Resolve(bool upheld, string resolution, Guid? by, DateTimeOffset now)
    {
        if (Status != ObjectionStatus.Open)
        {
            throw new DomainException("objection.already-resolved", "This objection was already decided.");
        }

        Resolution = Guard.Required(resolution, "objection.resolution-required", TextMaxLength);
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        ResolvedBy = by;
        ResolvedAt = now;
    }
}
