using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SalesPerf.SolutionModel.Tests;

public sealed class LoaderApiTests
{
    private static readonly string[] ContractTables =
    [
        "spm_period", "spm_kpi", "spm_target", "spm_kpiset", "spm_kpisetitem", "spm_scorecard", "spm_commissionplan",
        "spm_commissiontier", "spm_planassignment", "spm_dealsplit", "spm_payment", "spm_commissionstatement",
        "spm_commissionline", "spm_review",
        "spm_surveyresponse", // issue 14: CustomerSatisfaction's source (kpicust)
        "spm_feedbackrequest", "spm_developmentplan", "spm_developmentitem", // issue 15: 360° feedback, development plans
        "spm_objective", "spm_keyresult", "spm_checkin", "spm_checkinitem", // issue 15: OKRs, check-ins
        "spm_recognition", "spm_honourrule", // issue 15: recognition
    ];

    [Fact]
    public void Tables_CustomTables_AreExactlyTheContractTables()
    {
        var custom = RepositorySource.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName).Order(StringComparer.Ordinal);
        Assert.Equal(ContractTables.Order(StringComparer.Ordinal), custom);
    }

    [Fact]
    public void Tables_Order_IsByLogicalName()
    {
        var names = RepositorySource.Metadata.Tables.Select(t => t.LogicalName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Table_UnknownName_ThrowsKeyNotFoundNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => RepositorySource.Metadata.Table("spm_nothing"));
        Assert.Contains("spm_nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetTable_KnownAndUnknown_ReportsPresence()
    {
        Assert.True(RepositorySource.Metadata.TryGetTable("spm_target", out var target));
        Assert.Equal("spm_target", target.LogicalName);
        Assert.False(RepositorySource.Metadata.TryGetTable("SPM_TARGET", out _));
    }

    [Fact]
    public void LoadFromRepository_NestedStart_FindsTheSolutionFolder()
    {
        var metadata = RepositorySource.Metadata;
        var root = SolutionMetadata.FindRepositoryRoot(AppContext.BaseDirectory);
        Assert.True(File.Exists(Path.Combine(root, SolutionMetadata.RepositoryMarker)));
        Assert.Equal(Path.Combine(root, SolutionSource.Folder), metadata.SourceFolder);
    }

    [Fact]
    public void FindRepositoryRoot_OutsideAnyRepository_Throws()
    {
        using var folder = new TemporarySource();
        Assert.Throws<DirectoryNotFoundException>(() => SolutionMetadata.FindRepositoryRoot(folder.Root));
    }
}
