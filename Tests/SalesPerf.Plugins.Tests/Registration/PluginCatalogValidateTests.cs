using System;
using System.Linq;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Registration;

public sealed class PluginCatalogValidateTests
{
    [Fact]
    public void Validate_LegalSteps_ReportsNoViolation()
    {
        var steps = new[]
        {
            Step("Create", PipelineStage.PreValidation),
            Step("Update", PipelineStage.PreOperation, filtering: ["name"], images: [Image(ImageType.PreImage)]),
            Step("Update", PipelineStage.PostOperation, images: [Image(ImageType.Both)]),
            Step("Create", PipelineStage.PostOperation, ExecutionMode.Asynchronous, images: [Image(ImageType.PostImage)]),
            Step("Delete", PipelineStage.PreOperation, images: [Image(ImageType.PreImage)]),
            Step("Win", PipelineStage.PostOperation, entity: "opportunity"),
        };

        Assert.Empty(PluginCatalog.Validate(steps));
    }

    [Fact]
    public void Validate_PreImageOnCreate_Rejected()
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Create", PipelineStage.PreOperation, images: [Image(ImageType.PreImage)])]));

        Assert.Contains("pre-image 'Image' is not available on Create", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothImagesOnCreate_RejectedForThePreImage()
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Create", PipelineStage.PostOperation, images: [Image(ImageType.Both)])]));

        Assert.Contains("not available on Create", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PipelineStage.PreValidation)] // before the operation there is nothing to snapshot after it
    [InlineData(PipelineStage.PreOperation)] // same, inside the transaction
    public void Validate_PostImageOutsidePostOperation_Rejected(PipelineStage stage)
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", stage, images: [Image(ImageType.PostImage)])]));

        Assert.Contains("available only in PostOperation (40)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostImageOnDelete_Rejected()
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Delete", PipelineStage.PostOperation, images: [Image(ImageType.PostImage)])]));

        Assert.Contains("not available on Delete", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PipelineStage.PreValidation)] // async steps are queued after the operation completes
    [InlineData(PipelineStage.PreOperation)] // same
    public void Validate_AsynchronousOutsidePostOperation_Rejected(PipelineStage stage)
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", stage, ExecutionMode.Asynchronous)]));

        Assert.Contains("asynchronous step must run in PostOperation", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Create")] // the spkl example's mistake: filtering columns mean nothing on Create
    [InlineData("Delete")] // nor on Delete
    [InlineData("Win")] // nor on any other message
    public void Validate_FilteringAttributesOnNonUpdate_Rejected(string message)
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step(message, PipelineStage.PostOperation, filtering: ["name"])]));

        Assert.Contains("filtering attributes apply only to Update", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateStepIds_RejectedNamingBothSteps()
    {
        var id = Guid.NewGuid();
        var steps = new[] { Step("Create", PipelineStage.PreOperation) with { Id = id, Name = "first" }, Step("Update", PipelineStage.PreOperation) with { Id = id, Name = "second" } };

        var violation = Assert.Single(PluginCatalog.Validate(steps));

        Assert.Contains("'first', 'second' share the id", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PipelineStage.MainOperation)] // stage 30 belongs to the platform and custom APIs
    [InlineData((PipelineStage)50)] // deprecated post-operation stage
    [InlineData((PipelineStage)15)] // internal stage
    public void Validate_StageNotRegistrable_Rejected(PipelineStage stage)
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", stage)]));

        Assert.Contains("cannot be registered", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateImageNames_Rejected()
    {
        var images = new[] { Image(ImageType.PreImage), Image(ImageType.PreImage) with { EntityAlias = "Other" } };

        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", PipelineStage.PreOperation, images: images)]));

        Assert.Contains("two images are named 'Image'", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateImageAliases_Rejected()
    {
        var images = new[] { Image(ImageType.PreImage), Image(ImageType.PreImage) with { Name = "Other" } };

        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", PipelineStage.PreOperation, images: images)]));

        Assert.Contains("two images use the alias 'Image'", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ImageWithoutColumns_Rejected()
    {
        var image = Image(ImageType.PreImage) with { Attributes = [] };

        var violation = Assert.Single(PluginCatalog.Validate([Step("Update", PipelineStage.PreOperation, images: [image])]));

        Assert.Contains("lists no columns", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Win")] // Win has no Target row: the plug-in reads the opportunity itself
    [InlineData("Associate")] // Associate neither
    [InlineData("RetrieveMultiple")] // nor queries
    public void Validate_ImageOnMessageWithoutTarget_Rejected(string message)
    {
        var violation = Assert.Single(PluginCatalog.Validate([Step(message, PipelineStage.PostOperation, images: [Image(ImageType.PostImage)])]));

        Assert.Contains("cannot have images", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyIdAndEntity_RejectedEach()
    {
        var step = Step("Update", PipelineStage.PreOperation) with { Id = Guid.Empty, PrimaryEntity = "" };

        var violations = PluginCatalog.Validate([step]);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Contains("the id is empty", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("primary entity is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Violation_NamesTheStep()
    {
        var step = Step("Create", PipelineStage.PreOperation, filtering: ["name"]) with { Name = "Contoso: Create of account" };

        var violation = Assert.Single(PluginCatalog.Validate([step]));

        Assert.StartsWith($"Step 'Contoso: Create of account' ({step.Id}): ", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCustomApis_FunctionWithoutResponse_Rejected()
    {
        var api = new CustomApiRegistration("spm_Nothing", typeof(object), true, [], []);

        var violation = Assert.Single(PluginCatalog.ValidateCustomApis([api]));

        Assert.Contains("must return at least one response property", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCustomApis_NameWithoutPrefixAndUnboundEntityBinding_RejectedEach()
    {
        var api = new CustomApiRegistration("DoThing", typeof(object), false, [], []) { BindingType = CustomApiBindingType.Entity };

        var violations = PluginCatalog.ValidateCustomApis([api]);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Contains("publisher prefix 'spm_'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("must name its bound table", StringComparison.Ordinal));
    }

    private static ImageRegistration Image(ImageType type) => new("Image", "Image", type, ["name"]);

    private static StepRegistration Step(
        string message,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        string[]? filtering = null,
        ImageRegistration[]? images = null,
        string entity = "account") =>
        new(
            Guid.NewGuid(),
            typeof(object),
            message,
            entity,
            stage,
            mode,
            1,
            filtering ?? [],
            images ?? [],
            $"Test: {message} of {entity}",
            "");
}
