using System;
using System.IO;
using System.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Forms;

public sealed class FormSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-forms-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string WriteForm(string table, string json)
    {
        Directory.CreateDirectory(Path.Combine(folder, "Forms"));
        var path = Path.Combine(folder, "Forms", table + ".main.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string ValidForm = """
        {
          "table": "spm_kpiset",
          "id": "6f1c2d7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f",
          "name": {"en": "KPI Set Main Form", "zh": "KPI 集主窗体"},
          "tabs": [
            {
              "name": "general",
              "label": {"en": "General", "zh": "常规"},
              "sections": [
                {"name": "general", "label": {"en": "General", "zh": "常规"}, "fields": ["spm_name"]}
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Load_RealSource_OneMainFormForEachOfTheTwentyFourSalesPerfTables()
    {
        var forms = Repository.Input(managed: true).Forms;
        var customTables = Repository.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName).ToList();

        Assert.Equal(24, customTables.Count);
        Assert.Equal(customTables.Order(StringComparer.Ordinal), forms.Select(f => f.Table).Where(customTables.Contains));
        // Besides: SalesPerf's own new main form of a platform table (the estimate on the opportunity), no other.
        Assert.Equal(["opportunity"], forms.Select(f => f.Table).Where(t => !customTables.Contains(t)));
        Assert.Equal(forms.Count, forms.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Read_ValidFile_GivesTabsSectionsAndBilingualLabels()
    {
        var form = FormSource.Read(WriteForm("spm_kpiset", ValidForm));

        Assert.Equal("spm_kpiset", form.Table);
        Assert.Equal(new Guid("6f1c2d7e-0b5a-4c1e-9d3f-2a7b8c9d0e1f"), form.Id);
        Assert.Equal("KPI 集主窗体", form.Name.Chinese);
        var section = Assert.Single(Assert.Single(form.Tabs).Sections);
        Assert.Equal(["spm_name"], section.Fields);
    }

    [Fact]
    public void Read_LabelWithoutChinese_FailsNamingFileAndPath()
    {
        var path = WriteForm("spm_kpiset", ValidForm.Replace("""{"en": "General", "zh": "常规"}, "fields""", """{"en": "General"}, "fields""", StringComparison.Ordinal));

        var error = Assert.Throws<PackException>(() => FormSource.Read(path));

        Assert.Equal("Forms/spm_kpiset.main.json $.tabs[0].sections[0].label: needs both 'en' and 'zh'.", error.Message);
    }

    [Fact]
    public void Read_UnknownProperty_FailsNamingIt()
    {
        var path = WriteForm("spm_kpiset", ValidForm.Replace("\"fields\"", "\"colums\"", StringComparison.Ordinal));

        var error = Assert.Throws<PackException>(() => FormSource.Read(path));

        Assert.StartsWith("Forms/spm_kpiset.main.json $.tabs[0].sections[0].colums: unknown property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TableOtherThanFileName_Fails()
    {
        var path = WriteForm("spm_kpi", ValidForm);

        var error = Assert.Throws<PackException>(() => FormSource.Read(path));

        Assert.Equal("Forms/spm_kpi.main.json $.table: 'spm_kpiset' must equal the file name's table 'spm_kpi'.", error.Message);
    }

    [Fact]
    public void Load_TableWithoutMainForm_FailsNamingTheMissingFile()
    {
        Directory.CreateDirectory(Path.Combine(folder, "Tables"));
        File.WriteAllText(Path.Combine(folder, "Tables", "spm_kpiset.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "Tables", "spm_kpi.json"), "{}");
        WriteForm("spm_kpiset", ValidForm);

        var error = Assert.Throws<PackException>(() => FormSource.Load(folder));

        Assert.Equal("Forms/spm_kpi.main.json does not exist: every SalesPerf table needs a main form (Tables/spm_kpi.json).", error.Message);
    }
}
