using System;
using System.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

public sealed class CustomApiTests
{
    // domain.md 2: spm_DecomposeTarget(Target EntityReference spm_target, PeriodType Integer, Weights String optional) → Created Integer.
    private static readonly CustomApiRegistration Decompose = new(
        "spm_DecomposeTarget",
        typeof(TargetValidationPlugin),
        IsFunction: false,
        [
            new CustomApiParameter("PeriodType", CustomApiParameterType.Integer, false, "A spm_periodtype value."),
            new CustomApiParameter("Target", CustomApiParameterType.EntityReference, false, "The target to decompose.") { LogicalEntityName = "spm_target" },
            new CustomApiParameter("Weights", CustomApiParameterType.String, true, "Comma-separated percentages."),
        ],
        [new CustomApiParameter("Created", CustomApiParameterType.Integer, false, "Targets created.")])
    {
        DisplayName = "Decompose Target",
        Description = "Splits a target into child-period targets.",
    };

    private static byte[] PackWithApi() => SolutionPacker.Pack(Repository.Input(managed: true) with { CustomApis = [Decompose], ScheduledFlows = [] }); // no flow: it would call spm_RefreshPace, absent here

    [Fact]
    public void Pack_CustomApi_WritesTheFoldersOfMicrosoftsSolutionFileLayout()
    {
        var names = Packages.EntryNames(PackWithApi());

        Assert.Contains("customapis/spm_DecomposeTarget/customapi.xml", names);
        Assert.Contains("customapis/spm_DecomposeTarget/customapirequestparameters/Target/customapirequestparameter.xml", names);
        Assert.Contains("customapis/spm_DecomposeTarget/customapirequestparameters/Weights/customapirequestparameter.xml", names);
        Assert.Contains("customapis/spm_DecomposeTarget/customapiresponseproperties/Created/customapiresponseproperty.xml", names);
        Assert.Equal("[Content_Types].xml", names[^1]);
    }

    [Fact]
    public void Pack_CustomApi_WritesTypesOptionalityAndThePluginType()
    {
        var zip = PackWithApi();
        var api = Packages.Xml(zip, "customapis/spm_DecomposeTarget/customapi.xml").Root!;
        var target = Packages.Xml(zip, "customapis/spm_DecomposeTarget/customapirequestparameters/Target/customapirequestparameter.xml").Root!;
        var weights = Packages.Xml(zip, "customapis/spm_DecomposeTarget/customapirequestparameters/Weights/customapirequestparameter.xml").Root!;
        var created = Packages.Xml(zip, "customapis/spm_DecomposeTarget/customapiresponseproperties/Created/customapiresponseproperty.xml").Root!;

        Assert.Equal("0", api.Element("bindingtype")!.Value);
        Assert.Equal("0", api.Element("isfunction")!.Value);
        Assert.Equal("spm_DecomposeTarget", api.Element("name")!.Value);
        // The real export writes the plug-in type id without braces (reference/customapi-real-managed).
        Assert.Matches("^[0-9a-f-]{36}$", api.Element("plugintypeid")!.Element("plugintypeid")!.Value);
        // Docs customapirequestparameter: type 5 EntityReference, 10 String, 7 Integer.
        Assert.Equal("5", target.Element("type")!.Value);
        Assert.Equal("spm_target", target.Element("logicalentityname")!.Value);
        Assert.Equal("spm_DecomposeTarget.Target", target.Element("name")!.Value);
        Assert.Equal("1", weights.Element("isoptional")!.Value);
        Assert.Equal("7", created.Element("type")!.Value);
        Assert.Null(created.Element("isoptional"));
    }

    [Fact]
    public void Check_PackageWithCustomApi_Passes()
    {
        var report = PackageChecker.Check(PackWithApi(), Repository.Metadata, strict: true);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Check_CustomApiWithUnknownPluginType_FailsNamingTheApi()
    {
        var zip = PackWithApi();
        var api = Packages.Xml(zip, "customapis/spm_DecomposeTarget/customapi.xml").Root!;
        api.Element("plugintypeid")!.Element("plugintypeid")!.Value = "00000000-0000-0000-0000-0000000000aa";
        var broken = Packages.With(zip, new System.Collections.Generic.Dictionary<string, byte[]?>
        {
            ["customapis/spm_DecomposeTarget/customapi.xml"] = Packaging.ExportXml.Serialize(api, finalNewLine: false),
        });

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("custom API spm_DecomposeTarget runs the plug-in type 00000000-0000-0000-0000-0000000000aa, which the solution's plug-in assembly does not list.", failure.Message);
    }

    [Fact]
    public void Pack_RealSource_WritesOneFolderPerDeclaredCustomApi()
    {
        var declared = Repository.Input(managed: true).CustomApis.Select(a => "customapis/" + a.UniqueName + "/customapi.xml");

        var written = Packages.EntryNames(Packages.Managed).Where(n => n.EndsWith("/customapi.xml", StringComparison.Ordinal));

        Assert.Equal(declared.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("spm_StartReviewCycle", "prvCreatespm_review")]
    [InlineData("spm_DecomposeTarget", "prvCreatespm_target")]
    [InlineData("spm_AllocateTarget", "prvCreatespm_target")]
    [InlineData("spm_ApplyKpiSet", "prvCreatespm_target")]
    [InlineData("spm_Recalculate", "prvWritespm_target")]
    public void Pack_RealSource_WritesTheExecutePrivilegeOnlyManagersAndAdminsHold(string api, string privilege)
    {
        var element = Packages.Xml(Packages.Managed, "customapis/" + api + "/customapi.xml").Root!.Element("executeprivilegename");

        Assert.NotNull(element);
        Assert.Equal(privilege, element.Value);
    }

    [Theory]
    [InlineData("spm_GetLeaderboard")]
    [InlineData("spm_EstimateCommission")]
    public void Pack_ApiAnyoneMayCall_LeavesTheExecutePrivilegeOut(string api)
    {
        // A real export leaves an optional element without a value out instead of writing it empty.
        Assert.Null(Packages.Xml(Packages.Managed, "customapis/" + api + "/customapi.xml").Root!.Element("executeprivilegename"));
    }

    [Fact]
    public void Check_ExecutePrivilegeOfAMissingTable_FailsNamingTheApi()
    {
        var zip = Packages.Managed;
        var api = Packages.Xml(zip, "customapis/spm_StartReviewCycle/customapi.xml").Root!;
        api.Element("executeprivilegename")!.Value = "prvCreatespm_appraisal";
        var broken = Packages.With(zip, new System.Collections.Generic.Dictionary<string, byte[]?>
        {
            ["customapis/spm_StartReviewCycle/customapi.xml"] = Packaging.ExportXml.Serialize(api, finalNewLine: false),
        });

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: true);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("custom API spm_StartReviewCycle requires the execute privilege 'prvCreatespm_appraisal', which is not a privilege (prv + verb + table) of a table in the package.", failure.Message);
    }
}
