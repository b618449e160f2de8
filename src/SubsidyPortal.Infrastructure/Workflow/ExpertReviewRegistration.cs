using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Reviews;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>The expert's use cases (专家评审), registered per call (<see cref="UseCases"/>).</summary>
public static class ExpertReviewRegistration
{
    public static IServiceCollection AddExpertReviewUseCases(this IServiceCollection services) =>
        services.AddUseCase<IExpertReview, ExpertReview>();
}
