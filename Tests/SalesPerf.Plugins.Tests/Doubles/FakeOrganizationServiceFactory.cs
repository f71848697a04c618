using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Tests.Doubles;

/// <summary>Hands out one service per user id (null = SYSTEM), all reading the same rows.</summary>
public sealed class FakeOrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly List<Entity> rows = [];
    private readonly List<FakeOrganizationService> services = [];

    public IReadOnlyList<FakeOrganizationService> Services => services;

    public IEnumerable<string> Calls
    {
        get
        {
            foreach (var service in services)
            {
                foreach (var call in service.Calls)
                {
                    yield return call;
                }
            }
        }
    }

    public void Add(Entity row) => rows.Add(row);

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var service = new FakeOrganizationService(userId);
        rows.ForEach(service.Add);
        services.Add(service);
        return service;
    }
}
