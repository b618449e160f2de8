using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Infrastructure.Committee;

// In the namespace of DependencyInjection, so registering the committee there is one line.
namespace SubsidyPortal.Infrastructure;

/// <summary>The committee staff's review pipeline: calls, ranking and notice, one application's review, the expert pool.</summary>
public static class CommitteeRegistration
{
    public static IServiceCollection AddCommitteeUseCases(this IServiceCollection services)
    {
        services.AddUseCase<ICommitteeCalls, CommitteeCalls>();
        services.AddUseCase<ICommitteeRanking, CommitteeRanking>();
        services.AddUseCase<ICommitteeReview, CommitteeReview>();
        services.AddUseCase<IExpertPool, ExpertPool>();
        return services;
    }
}
