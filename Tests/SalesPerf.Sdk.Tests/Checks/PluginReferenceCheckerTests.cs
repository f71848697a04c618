using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using Microsoft.Xrm.Sdk;
using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.Sdk.Tests.Checks;

/// <summary>The reference check fails when a compiled caller uses a type or member the real SDK's listing does not have.</summary>
public sealed class PluginReferenceCheckerTests
{
    private static readonly string[] ListingText = ReadEmbeddedListing();

    [Fact]
    public void Check_CallerOfRealMembers_ReportsNothing()
    {
        var report = PluginReferenceChecker.Check(BuildCaller(), ApiListing.LoadEmbedded());

        Assert.True(report.Checked >= 4, $"checked {report.Checked}");
        Assert.Empty(report.Violations);
    }

    [Fact]
    public void Check_PropertyMissingFromListing_ReportsTheGetter()
    {
        var listing = ListingWithout(l => l == "Microsoft.Xrm.Sdk.Entity :: property virtual System.Guid Id { get; set; }");

        var report = PluginReferenceChecker.Check(BuildCaller(), listing);

        Assert.Equal("plugin references `System.Guid get_Id()` on Microsoft.Xrm.Sdk.Entity; the real SDK does not have it", Assert.Single(report.Violations));
    }

    [Fact]
    public void Check_GenericMethodMissingFromListing_ReportsItWithPositions()
    {
        var listing = ListingWithout(l => l.StartsWith("Microsoft.Xrm.Sdk.Entity :: method virtual T GetAttributeValue<T>(", StringComparison.Ordinal));

        var report = PluginReferenceChecker.Check(BuildCaller(), listing);

        Assert.Equal("plugin references `!!0 GetAttributeValue<!!0>(System.String)` on Microsoft.Xrm.Sdk.Entity; the real SDK does not have it", Assert.Single(report.Violations));
    }

    [Fact]
    public void Check_TypeMissingFromListing_ReportsTheType()
    {
        var listing = ListingWithout(l => l.StartsWith("Microsoft.Xrm.Sdk.Money ::", StringComparison.Ordinal));

        var report = PluginReferenceChecker.Check(BuildCaller(), listing);

        Assert.Equal("plugin references type `Microsoft.Xrm.Sdk.Money` in Microsoft.Xrm.Sdk; the real SDK has no such public type", Assert.Single(report.Violations));
    }

    private static ApiListing ListingWithout(Func<string, bool> drop) =>
        ApiListing.Parse(new StringReader(string.Join('\n', ListingText.Where(l => !drop(l)))));

    private static string[] ReadEmbeddedListing()
    {
        using var stream = typeof(ApiListing).Assembly.GetManifestResourceStream(ApiListing.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    /// <summary>A method that reads <c>entity.Id</c>, calls <c>entity.GetAttributeValue&lt;Money&gt;("x")</c> and <c>new Money(1m)</c>.</summary>
    private static string BuildCaller()
    {
        var (assembly, module) = AssemblyEmitter.Start(new AssemblyName("Caller"));
        var type = module.DefineType("Caller.Uses", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract | TypeAttributes.Sealed, typeof(object));
        var method = type.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(Entity)]);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Callvirt, typeof(Entity).GetProperty(nameof(Entity.Id))!.GetGetMethod()!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldstr, "x");
        il.Emit(OpCodes.Callvirt, typeof(Entity).GetMethod(nameof(Entity.GetAttributeValue))!.MakeGenericMethod(typeof(Money)));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Newobj, typeof(decimal).GetConstructor([typeof(int)])!);
        il.Emit(OpCodes.Newobj, typeof(Money).GetConstructor([typeof(decimal)])!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        type.CreateType();
        return AssemblyEmitter.Save(assembly, "Caller");
    }
}
