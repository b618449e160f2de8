using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Awards.Rules;

namespace SubsidyPortal.Application.Awards;

// What the committee's award forms check as a field is left, in the messages of the codes the award itself refuses with
// (award.note-required, change.decision-required, …), so the form and the save say the same thing. What needs the
// award's state (due, pending, revoked) is left to the command.

public sealed class TrancheReleaseValidator : AbstractValidator<TrancheRelease>
{
    public TrancheReleaseValidator() =>
        RuleFor(x => x.Note).Must(note => Present(note, Award.NoteMaxLength)).WithMessage(_ => ValidationText.Get("award.note-required"));

    internal static bool Present(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;
}

public sealed class ReportReviewValidator : AbstractValidator<ReportReview>
{
    public ReportReviewValidator() =>
        RuleFor(x => x.Note).Must(note => TrancheReleaseValidator.Present(note, ProgressReport.ReviewNoteMaxLength))
            .WithMessage(_ => ValidationText.Get("report.review-note-required"));
}

/// <summary>The schedule as the award will check it on saving (<see cref="ReportScheduleMustBeSensible"/>), from today.</summary>
public sealed class ReportSchedulePlanValidator : AbstractValidator<ReportSchedulePlan>
{
    public ReportSchedulePlanValidator(DateOnly today)
    {
        RuleFor(x => x.FirstDueOn)
            .NotNull().WithMessage(_ => ValidationText.Get("report.schedule-invalid"))
            .Obeys(first => first is { } day ? new ReportScheduleMustBeSensible(new ReportSchedule(day, 1, 1), today) : null);
        RuleFor(x => x.IntervalMonths)
            .NotNull().WithMessage(_ => ValidationText.Get("report.schedule-invalid"))
            .Obeys(months => months is { } m ? new ReportScheduleMustBeSensible(new ReportSchedule(today, m, 1), today) : null);
        RuleFor(x => x.Count)
            .NotNull().WithMessage(_ => ValidationText.Get("report.schedule-invalid"))
            .Obeys(count => count is { } n ? new ReportScheduleMustBeSensible(new ReportSchedule(today, 1, n), today) : null);
    }
}

public sealed class ChangeDecisionValidator : AbstractValidator<ChangeDecision>
{
    public ChangeDecisionValidator()
    {
        RuleFor(x => x.Approve).NotNull().WithMessage(_ => ValidationText.Get("change.outcome-required"));
        RuleFor(x => x.Decision).Must(text => TrancheReleaseValidator.Present(text, ChangeRequest.DecisionMaxLength))
            .WithMessage(_ => ValidationText.Get("change.decision-required"));
    }
}

/// <summary>A ground chosen and the facts written: asked before the dialog that says what the revocation will do.</summary>
public sealed class RevocationValidator : AbstractValidator<Revocation>
{
    public RevocationValidator()
    {
        RuleFor(x => x.Ground)
            .Must(ground => ground is { } g && Enum.IsDefined(g)).WithMessage(_ => ValidationText.Get("award.revocation-ground-required"));
        RuleFor(x => x.Note).Must(note => TrancheReleaseValidator.Present(note, Award.NoteMaxLength))
            .WithMessage(_ => ValidationText.Get("award.revocation-note-required"));
    }
}
