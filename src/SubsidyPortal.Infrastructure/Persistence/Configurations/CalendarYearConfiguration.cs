using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Calendar;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).HasColumnName("year").ValueGeneratedNever();
        builder.Property(y => y.Maintained).HasColumnName("maintained");
        builder.Property(y => y.Source).HasColumnName("source").HasMaxLength(CalendarYear.SourceMaxLength);
        builder.Property(y => y.MaintainedBy).HasColumnName("maintained_by").HasMaxLength(CalendarYear.MaintainedByMaxLength);
        builder.Property(y => y.MaintainedAt).HasColumnName("maintained_at");
    }
}
