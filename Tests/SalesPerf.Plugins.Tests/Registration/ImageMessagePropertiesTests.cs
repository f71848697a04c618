using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Registration;

public sealed class ImageMessagePropertiesTests
{
    [Theory]
    [InlineData("Create", "id")] // the new row's id, lower case as exported
    [InlineData("Update", "Target")]
    [InlineData("Delete", "Target")]
    [InlineData("Assign", "Target")]
    [InlineData("SetState", "EntityMoniker")]
    [InlineData("SetStateDynamicEntity", "EntityMoniker")]
    [InlineData("Win", null)] // Win has no image support: the plug-in reads the opportunity
    [InlineData("Associate", null)]
    [InlineData("RetrieveMultiple", null)]
    public void For_Message_GivesTheExportedPropertyName(string message, string? expected)
    {
        Assert.Equal(expected, ImageMessageProperties.For(message));
    }
}
