using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Views;

/// <summary>The views rule covers custom views: a tampered one fails <c>spm check</c> with a message naming the view and the fault.</summary>
public sealed class CustomViewCheckTests
{
    private const string AwaitingApproval = "{567f2437-ea80-4215-8ad3-f6f777d76958}";
    private const string ScorecardsByRank = "{5ae69e48-1ee5-4ea5-8fce-c5615ecd8b8a}";

    private static CheckReport Check(byte[] zip) => PackageChecker.Check(zip, Repository.Metadata, strict: true);

    private static XElement View(XElement root, string id) =>
        root.Descendants("savedquery").Single(v => v.Element("savedqueryid")!.Value == id);

    private static XElement Condition(XElement view, string attribute) =>
        view.Descendants("condition").Single(c => (string)c.Attribute("attribute")! == attribute);

    [Fact]
    public void RealPackage_PassesTheViewsRuleWithItsCustomViews()
    {
        var report = Check(Packages.Managed);

        Assert.Contains("views", report.CheckedRules);
        Assert.DoesNotContain(report.Failures, f => f.Rule == "views");
    }

    [Fact]
    public void ConditionOnAMissingColumn_FailsNamingViewAndColumn()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Condition(View(root, AwaitingApproval), "statuscode").SetAttributeValue("attribute", "spm_approvalstatus"));

        var report = Check(broken);

        Assert.Contains(new CheckFailure("views",
            $"view 'Statements Awaiting Approval' ({AwaitingApproval}) of spm_commissionstatement names the column spm_commissionstatement.spm_approvalstatus, which does not exist."),
            report.Failures);
    }

    [Fact]
    public void LinkedTableConditionOnAMissingColumn_FailsNamingTheLinkedTable()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Condition(View(root, ScorecardsByRank), "spm_startdate").SetAttributeValue("attribute", "spm_start"));

        var report = Check(broken);

        Assert.Contains(new CheckFailure("views",
            $"view 'Scorecards by Rank This Fiscal Year' ({ScorecardsByRank}) of spm_scorecard names the column spm_period.spm_start, which does not exist."),
            report.Failures);
    }

    [Fact]
    public void StatusValueTheTableDoesNotHave_FailsNamingTheValue()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Condition(View(root, AwaitingApproval), "statuscode").SetAttributeValue("value", "100000009"));

        var report = Check(broken);

        // domain.md 2: the statement's statuses are Open 1, Approved 100000000, Disputed 100000001 and Paid 2.
        Assert.Contains(new CheckFailure("views",
            $"view 'Statements Awaiting Approval' ({AwaitingApproval}) of spm_commissionstatement compares spm_commissionstatement.statuscode with 100000009, which is not one of its values (1, 100000000, 100000001, 2)."),
            report.Failures);
    }

    [Fact]
    public void FetchInvalidAgainstFetchXsd_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Condition(View(root, AwaitingApproval), "statuscode").SetAttributeValue("operator", "is-awaiting"));

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "views"
            && f.Message.StartsWith($"view 'Statements Awaiting Approval' ({AwaitingApproval}) of spm_commissionstatement: FetchXML is not valid against Fetch.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void DashboardTileWhoseCustomViewIsRemoved_FailsTheDashboardsRule()
    {
        const string AwaitingMyApproval = "{74ac92c7-a486-4b55-9142-57b2e61dc22d}";
        var broken = Packages.WithCustomizations(Packages.Managed, root => View(root, AwaitingMyApproval).Remove());

        var report = Check(broken);

        Assert.Contains(report.Failures, f => f.Rule == "dashboards"
            && f.Message.EndsWith($"names the view {AwaitingMyApproval} of spm_commissionstatement, which the zip does not contain.", StringComparison.Ordinal));
    }

    [Fact]
    public void SpmCheck_TamperedCustomView_ExitsOneAndPrintsTheFailure()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Condition(View(root, AwaitingApproval), "statuscode").SetAttributeValue("attribute", "spm_approvalstatus"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("spm-view-check-").FullName, "broken.zip");
        File.WriteAllBytes(path, broken);
        using var output = new StringWriter();
        using var error = new StringWriter();

        try
        {
            var exitCode = CheckCommand.Run(path, Repository.Metadata, output, error);

            Assert.Equal(1, exitCode);
            Assert.Contains("views: view 'Statements Awaiting Approval' (" + AwaitingApproval + ") of spm_commissionstatement names the column spm_commissionstatement.spm_approvalstatus, which does not exist.",
                output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
