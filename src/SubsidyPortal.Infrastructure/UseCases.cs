using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Infrastructure;

/// <summary>
/// Registers an application use-case interface so that every call runs in its own DI scope: its own DbContext and
/// unit of work, disposed when the call's task ends. An interactive page lives for minutes in one circuit; a scope
/// per call means no stale tracked entities between one click and the next, and no "second operation on this
/// context" when a grid reloads while a button's command runs. HTTP endpoints and tests get the same behaviour.
/// </summary>
public static class UseCases
{
    public static IServiceCollection AddUseCase<TInterface, TImplementation>(this IServiceCollection services)
        where TInterface : class
        where TImplementation : class, TInterface
    {
        PerCallScope<TInterface>.EnsureAsynchronous();
        services.AddScoped<TImplementation>();
        services.AddSingleton(sp => PerCallScope<TInterface>.Create(sp.GetRequiredService<IServiceScopeFactory>(), typeof(TImplementation)));
        return services;
    }
}

/// <summary>The proxy behind <see cref="UseCases.AddUseCase{TInterface,TImplementation}"/>.</summary>
public class PerCallScope<T> : DispatchProxy
    where T : class
{
    private static readonly ConcurrentDictionary<Type, MethodInfo> Awaiters = new();

    private IServiceScopeFactory _scopes = default!;
    private Type _implementation = default!;

    internal static T Create(IServiceScopeFactory scopes, Type implementation)
    {
        var proxy = DispatchProxy.Create<T, PerCallScope<T>>();
        var self = (PerCallScope<T>)(object)proxy;
        self._scopes = scopes;
        self._implementation = implementation;
        return proxy;
    }

    /// <summary>Only Task-returning methods: the scope must outlive the work, and a query or stream handed back
    /// would outlive its scope.</summary>
    internal static void EnsureAsynchronous()
    {
        var bad = typeof(T).GetMethods().Where(m => m.ReturnType != typeof(Task)
                                                    && !(m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)))
            .Select(m => m.Name).ToList();
        if (bad.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: use-case methods return Task or Task<T>; not {string.Join(", ", bad)}.");
        }
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var scope = _scopes.CreateAsyncScope();
        object? result;
        try
        {
            // The caller's administering authorities travel in its Actor: this call's scope, and its DbContext, see
            // only those. Every use-case method that reads an authority's objects takes an Actor (an architecture test).
            if (args?.OfType<Actor>().FirstOrDefault()?.Authorities is { } authorities)
            {
                scope.ServiceProvider.GetRequiredService<VisibleAuthorities>().Set(authorities);
            }

            var target = scope.ServiceProvider.GetRequiredService(_implementation);
            result = targetMethod.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            scope.Dispose();
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        catch
        {
            scope.Dispose();
            throw;
        }

        if (targetMethod.ReturnType == typeof(Task))
        {
            return ThenDispose((Task)result!, scope);
        }

        var awaiter = Awaiters.GetOrAdd(targetMethod.ReturnType.GetGenericArguments()[0],
            t => typeof(PerCallScope<T>).GetMethod(nameof(ThenDisposeResult), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t));
        return awaiter.Invoke(null, [result, scope]);
    }

    private static async Task ThenDispose(Task task, AsyncServiceScope scope)
    {
        try
        {
            await task;
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }

    private static async Task<TResult> ThenDisposeResult<TResult>(Task<TResult> task, AsyncServiceScope scope)
    {
        try
        {
            return await task;
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }
}
