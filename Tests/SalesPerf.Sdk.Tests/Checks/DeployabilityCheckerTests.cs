using System;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Versioning;
using Microsoft.Xrm.Sdk;
using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Checks;

namespace SalesPerf.Sdk.Tests.Checks;

/// <summary>The deployability check fails on a test-made plugin assembly that breaks Dataverse's rules, naming each break.</summary>
public sealed class DeployabilityCheckerTests
{
    private static readonly DeployabilityReport Report = DeployabilityChecker.Check(BuildBadPlugins());

    [Fact]
    public void Check_UnsignedAssembly_ReportsMissingKeyAndSignature()
    {
        Assert.Contains("the assembly has no public key: Dataverse registers strong-named assemblies only", Report.Violations);
        Assert.Contains("the assembly is not strong-name signed (CorFlags lacks StrongNameSigned)", Report.Violations);
    }

    [Fact]
    public void Check_NetCoreTarget_ReportsTheFramework()
    {
        Assert.Contains("the assembly targets `.NETCoreApp,Version=v10.0`; Dataverse runs `.NETFramework,Version=v4.6.2`", Report.Violations);
    }

    [Fact]
    public void Check_CoreLibraryReference_IsNotAllowed()
    {
        var core = typeof(object).Assembly.GetName();
        var token = Convert.ToHexStringLower(core.GetPublicKeyToken()!);
        Assert.Contains(
            $"references `{core.Name}, Version={core.Version}, PublicKeyToken={token}`, which Dataverse does not provide (allowed: Microsoft.Xrm.Sdk and .NET Framework assemblies)",
            Report.Violations);
    }

    [Fact]
    public void Check_SdkReference_IsAllowed()
    {
        Assert.DoesNotContain(Report.Violations, v => v.Contains("Microsoft.Xrm.Sdk, Version", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PluginWithStateAndWrongConstructor_ReportsBoth()
    {
        Assert.Contains("`Bad.StatefulPlugin` has no public constructor taking () or (System.String, System.String)", Report.Violations);
        Assert.Contains("`Bad.StatefulPlugin` declares mutable instance field `System.Int32 count`", Report.Violations);
    }

    [Fact]
    public void Check_InternalPlugin_IsReported()
    {
        Assert.Contains("`Bad.HiddenPlugin` implements IPlugin but is not public", Report.Violations);
    }

    [Fact]
    public void Check_AbstractPluginWithoutDerivedClass_IsReported()
    {
        Assert.Contains("`Bad.OrphanBase` implements IPlugin but is abstract, and no concrete plugin class derives from it", Report.Violations);
    }

    [Fact]
    public void Check_MutableStaticFieldInBaseClass_IsReportedOnTheDerivedPlugin()
    {
        Assert.Contains("`Bad.DerivedPlugin` inherits mutable static field `System.String cache` from `Bad.PluginBase`", Report.Violations);
    }

    [Fact]
    public void Check_WellFormedPlugin_HasNoViolation()
    {
        Assert.DoesNotContain(Report.Violations, v => v.Contains("`Bad.GoodPlugin`", StringComparison.Ordinal));
        Assert.Equal(6, Report.PluginTypes);
        Assert.Equal(DeployabilityChecker.Rules.Count, Report.RulesChecked);
    }

    private static string BuildBadPlugins()
    {
        var (assembly, module) = AssemblyEmitter.Start(new AssemblyName("Bad.Plugins"));
        assembly.SetCustomAttribute(new CustomAttributeBuilder(typeof(TargetFrameworkAttribute).GetConstructor([typeof(string)])!, [".NETCoreApp,Version=v10.0"]));

        var stateful = module.DefineType("Bad.StatefulPlugin", TypeAttributes.Public | TypeAttributes.Class, typeof(object), [typeof(IPlugin)]);
        stateful.DefineField("count", typeof(int), FieldAttributes.Private);
        AssemblyEmitter.Constructor(stateful, MethodAttributes.Public, [typeof(int)]);
        AssemblyEmitter.Execute(stateful);
        stateful.CreateType();

        var hidden = module.DefineType("Bad.HiddenPlugin", TypeAttributes.NotPublic | TypeAttributes.Class | TypeAttributes.Sealed, typeof(object), [typeof(IPlugin)]);
        AssemblyEmitter.Constructor(hidden, MethodAttributes.Public, []);
        AssemblyEmitter.Execute(hidden);
        hidden.CreateType();

        var orphan = module.DefineType("Bad.OrphanBase", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract, typeof(object), [typeof(IPlugin)]);
        AssemblyEmitter.Constructor(orphan, MethodAttributes.Family, []);
        AssemblyEmitter.Execute(orphan);
        orphan.CreateType();

        var pluginBase = module.DefineType("Bad.PluginBase", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract, typeof(object), [typeof(IPlugin)]);
        pluginBase.DefineField("cache", typeof(string), FieldAttributes.Private | FieldAttributes.Static);
        pluginBase.DefineField("name", typeof(string), FieldAttributes.Private | FieldAttributes.InitOnly);
        var baseConstructor = AssemblyEmitter.Constructor(pluginBase, MethodAttributes.Family, []);
        AssemblyEmitter.Execute(pluginBase);
        pluginBase.CreateType();

        var derived = module.DefineType("Bad.DerivedPlugin", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, pluginBase);
        AssemblyEmitter.Constructor(derived, MethodAttributes.Public, [typeof(string), typeof(string)], baseConstructor);
        derived.CreateType();

        var good = module.DefineType("Bad.GoodPlugin", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, typeof(object), [typeof(IPlugin)]);
        good.DefineField("Version", typeof(string), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal).SetConstant("1");
        good.DefineField("secure", typeof(string), FieldAttributes.Private | FieldAttributes.InitOnly);
        AssemblyEmitter.Constructor(good, MethodAttributes.Public, []);
        AssemblyEmitter.Execute(good);
        good.CreateType();

        return AssemblyEmitter.Save(assembly, "Bad.Plugins");
    }
}
