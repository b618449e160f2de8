using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Calendar;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        // One entry per date: a date is either off or worked, never both.
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Date).HasColumnName("date").ValueGeneratedNever();
        builder.Property(d => d.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NameZh).HasColumnName("name_zh").HasMaxLength(CalendarDay.NameMaxLength).IsRequired();
        builder.Property(d => d.Source).HasColumnName("source").HasMaxLength(CalendarDay.SourceMaxLength).IsRequired();
    }
}
