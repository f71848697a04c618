using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

/// <summary>Every custom API of the plug-in assembly is labelled in 1033 and 2052: the API, each request parameter, each response property.</summary>
public sealed class CustomApiLabelTests
{
    private static IReadOnlyList<CustomApiRegistration> Apis => PluginCatalog.ReadCustomApis(typeof(TargetValidationPlugin).Assembly);

    [Fact]
    public void Declarations_EveryCustomApiParameterAndProperty_HaveChineseNameAndDescription()
    {
        var missing = new List<string>();
        foreach (var api in Apis)
        {
            if (string.IsNullOrWhiteSpace(api.ChineseDisplayName) || string.IsNullOrWhiteSpace(api.ChineseDescription))
            {
                missing.Add(api.UniqueName);
            }

            missing.AddRange(api.RequestParameters.Concat(api.ResponseProperties)
                .Where(p => string.IsNullOrWhiteSpace(p.ChineseDisplayName) || string.IsNullOrWhiteSpace(p.ChineseDescription))
                .Select(p => api.UniqueName + "." + p.UniqueName));
        }

        Assert.Equal(11, Apis.Count); // spm_RefreshPace (issue 16 item 3) and spm_ProposeDevelopmentItems (issue 15)
        Assert.Empty(missing);
    }

    [Fact]
    public void Declarations_ChineseTextsAreChinese()
    {
        var texts = Apis.SelectMany(a => new[] { a.ChineseDisplayName, a.ChineseDescription }
            .Concat(a.RequestParameters.Concat(a.ResponseProperties).SelectMany(p => new[] { p.ChineseDisplayName, p.ChineseDescription })));

        Assert.All(texts, text => Assert.Contains(text, c => c >= '\u4e00' && c <= '\u9fff'));
    }

    [Fact]
    public void Pack_EveryCustomApiFile_LabelsDisplayNameAndDescriptionIn1033And2052()
    {
        var zip = Packages.Managed;
        var files = Packages.EntryNames(zip).Where(n => n.StartsWith("customapis/", StringComparison.Ordinal)).ToList();
        var expectedFiles = Apis.Sum(a => 1 + a.RequestParameters.Count + a.ResponseProperties.Count);

        Assert.Equal(expectedFiles, files.Count);
        foreach (var file in files)
        {
            var root = Packages.Xml(zip, file).Root!;
            foreach (var name in new[] { "displayname", "description" })
            {
                var labels = root.Element(name)!.Elements("label").ToList();
                Assert.Equal(["1033", "2052"], labels.Select(l => (string?)l.Attribute("languagecode")));
                Assert.Equal((string?)root.Element(name)!.Attribute("default"), (string?)labels[0].Attribute("description"));
                Assert.False(string.IsNullOrWhiteSpace((string?)labels[1].Attribute("description")), $"{file} {name} 2052");
            }
        }
    }

    [Fact]
    public void Pack_DecomposeTarget_WritesTheDeclaredChineseTexts()
    {
        var api = Apis.Single(a => a.UniqueName == "spm_DecomposeTarget");
        var weights = api.RequestParameters.Single(p => p.UniqueName == "Weights");
        var root = Packages.Xml(Packages.Managed, "customapis/spm_DecomposeTarget/customapi.xml").Root!;
        var parameter = Packages.Xml(Packages.Managed, "customapis/spm_DecomposeTarget/customapirequestparameters/Weights/customapirequestparameter.xml").Root!;

        Assert.Equal(api.ChineseDisplayName, Chinese(root, "displayname"));
        Assert.Equal(weights.ChineseDisplayName, Chinese(parameter, "displayname"));
        Assert.Equal(weights.ChineseDescription, Chinese(parameter, "description"));
        Assert.Equal("Weights", (string?)parameter.Element("displayname")!.Attribute("default"));
    }

    private static string? Chinese(XElement root, string name) =>
        (string?)root.Element(name)!.Elements("label").Single(l => (string?)l.Attribute("languagecode") == "2052").Attribute("description");
}
