using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Calendar;

namespace SubsidyPortal.Application.Calendar;

/// <summary>An Administrator enters one public holiday or make-up working day from the State Council's notice.</summary>
public sealed class AddCalendarDayInput
{
    public DateOnly? Date { get; set; }

    public CalendarDayKind? Kind { get; set; }

    public string? NameZh { get; set; }

    public string? Source { get; set; }
}

public sealed class AddCalendarDayValidator : AbstractValidator<AddCalendarDayInput>
{
    public AddCalendarDayValidator()
    {
        RuleFor(x => x.Date)
            .NotNull().WithMessage(_ => ValidationText.Get("calendar.date-required"))
            .Must(d => d is null || d.Value.Year is >= CalendarYear.EarliestYear and <= CalendarYear.LatestYear)
            .WithMessage(_ => ValidationText.Get("calendar.year-out-of-range"));
        RuleFor(x => x.Kind)
            .Must(k => k is not null && Enum.IsDefined(k.Value))
            .WithMessage(_ => ValidationText.Get("calendar.kind-required"));
        // Against the kind rather than the date: the date is right, the kind was the slip, or the other way round.
        RuleFor(x => x.Kind)
            .Must((input, kind) => kind != CalendarDayKind.MakeUpWorkingDay || input.Date is null || CalendarDay.IsWeekend(input.Date.Value))
            .WithMessage(_ => ValidationText.Get("calendar.make-up-not-weekend"));
        RuleFor(x => x.NameZh).RequiredText("calendar.name-required", "calendar.name-too-long", CalendarDay.NameMaxLength);
        RuleFor(x => x.Source).RequiredText("calendar.source-required", "calendar.source-too-long", CalendarDay.SourceMaxLength);
    }
}

/// <summary>
/// Declares a year's schedule entered in full, citing the notice it was entered from. The citation is not called
/// <c>Source</c> because the day form on the same page has a field of that name.
/// </summary>
public sealed class MarkCalendarYearMaintainedInput
{
    public int? Year { get; set; }

    public string? ScheduleSource { get; set; }
}

public sealed class MarkCalendarYearMaintainedValidator : AbstractValidator<MarkCalendarYearMaintainedInput>
{
    public MarkCalendarYearMaintainedValidator()
    {
        RuleFor(x => x.Year)
            .Must(y => y is >= CalendarYear.EarliestYear and <= CalendarYear.LatestYear)
            .WithMessage(_ => ValidationText.Get("calendar.year-out-of-range"));
        RuleFor(x => x.ScheduleSource).RequiredText("calendar.source-required", "calendar.source-too-long", CalendarYear.SourceMaxLength);
    }
}
