using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>Honour rules and recognitions in a <see cref="SalesOrg"/>: the seed and read helpers the recognition tests share.</summary>
internal static class RecognitionOrg
{
    public const int FirstToReach = 100000000;
    public const int TopOfLeaderboard = 100000001;
    public const int Kudos = 100000000;
    public const int Honour = 100000001;
    public const int Year = 100000000;
    public const int Quarter = 100000002;
    public const int Month = 100000003;

    public static Guid FirstToReachRule(this SalesOrg org, string name, Guid kpi, decimal threshold, int periodType = Quarter) =>
        org.Service.Create(new Entity("spm_honourrule")
        {
            ["spm_name"] = name,
            ["spm_kind"] = new OptionSetValue(FirstToReach),
            ["spm_periodtype"] = new OptionSetValue(periodType),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_thresholdpercent"] = threshold,
        });

    public static Guid TopRule(this SalesOrg org, string name, int topN, int periodType = Quarter) =>
        org.Service.Create(new Entity("spm_honourrule")
        {
            ["spm_name"] = name,
            ["spm_kind"] = new OptionSetValue(TopOfLeaderboard),
            ["spm_periodtype"] = new OptionSetValue(periodType),
            ["spm_topn"] = topN,
        });

    public static Entity[] Honours(this SalesOrg org)
    {
        var query = new QueryExpression("spm_recognition") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("spm_kind", ConditionOperator.Equal, Honour);
        return org.Service.RetrieveMultiple(query).Entities.OrderBy(e => e.GetAttributeValue<DateTime>("spm_recognisedon")).ToArray();
    }

    public static int HonourCalls(this SalesOrg org) =>
        org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(SalesPerf.Plugins.Recognition.FirstToReachHonourPlugin).FullName!);

    public static Guid Rep(this SalesOrg org, string name)
    {
        var user = org.User(name);
        org.Org.AssignRole(user, "SalesPerf Rep");
        return user;
    }

    public static void SpeaksChinese(this SalesOrg org, Guid user)
    {
        var settings = org.Org.Rows("usersettings").Single(r => r.GetAttributeValue<Guid>("systemuserid") == user);
        org.Service.Update(new Entity("usersettings", settings.Id) { ["uilanguageid"] = 2052 });
    }

    public static string Fault(Action action) =>
        Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(action).Detail.Message;
}
