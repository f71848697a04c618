using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests.Support;

/// <summary>A fresh organisation per test with only the given (test) steps, plus helpers.</summary>
public static class TestOrg
{
    public static LocalOrganization Create(params StepRegistration[] steps) => Create(steps, []);

    public static LocalOrganization Create(IReadOnlyList<StepRegistration> steps, IReadOnlyList<CustomApiRegistration> apis) =>
        new(new LocalOrganizationOptions
        {
            Steps = steps,
            CustomApis = apis,
            AdditionalTables = [TestTables.Widget],
            UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        });

    public static StepRegistration Step<TPlugin>(
        string message,
        string entity,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string[]? filtering = null,
        params ImageRegistration[] images)
        where TPlugin : IPlugin =>
        new(Guid.NewGuid(), typeof(TPlugin), message, entity, stage, mode, rank, filtering ?? [], images, typeof(TPlugin).Name, string.Empty);

    public static ImageRegistration PreImage(string alias, params string[] attributes) => new(alias, alias, ImageType.PreImage, attributes);

    public static ImageRegistration PostImage(string alias, params string[] attributes) => new(alias, alias, ImageType.PostImage, attributes);

    public static FaultException<OrganizationServiceFault> Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action);

    /// <summary>Every trace line of one plug-in type, in execution order.</summary>
    public static List<string> Traces<TPlugin>(this LocalOrganization org) =>
        org.StepLog.Where(e => e.PluginType == typeof(TPlugin).FullName).SelectMany(e => e.Trace).ToList();

    /// <summary>Creates a user who holds System Administrator (a user with no role is denied everything).</summary>
    public static Guid AdministratorUser(this LocalOrganization org, string fullName, Guid? managerId = null, Guid? businessUnitId = null)
    {
        var user = org.CreateUser(fullName, managerId, businessUnitId);
        org.AssignRole(user, SalesPerf.LocalOrg.Security.BuiltInRole.SystemAdministrator.TemplateId);
        return user;
    }

    public static Guid Account(this LocalOrganization org, string name = "Acme") => org.Service.Create(new Entity("account") { ["name"] = name });

    public static int Count(this LocalOrganization org, string table) =>
        org.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) }).Entities.Count;
}
