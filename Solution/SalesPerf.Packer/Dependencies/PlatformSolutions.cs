namespace SalesPerf.Packer.Dependencies;

/// <summary>The solutions outside SalesPerf that its missing dependencies name.</summary>
public static class PlatformSolutions
{
    /// <summary>
    /// The base solution of the platform's own tables, as a real export names it for businessunit
    /// (reference/solution-unmanaged-trimmed.xml: <c>solution="System (5.0)"</c>). opportunity, salesorder, invoice and
    /// the other Sales tables of Solution/SystemTables are tables of that base schema too (introduced in 5.0.0.0, as a
    /// real export of account shows); that an export names System for them as well is NOT CONFIRMED. The importer
    /// matches a required component by type and name; this label is what it shows the admin.
    /// </summary>
    public const string System = "System (5.0)";

    /// <summary>
    /// The default app icon every model-driven app without its own icon uses (AppModule/WebResourceId
    /// 953b9fac-1e5e-e611-80d6-00155ded156f), exactly as a real managed export lists it
    /// (reference/solution-missingdependencies-managed.xml).
    /// </summary>
    public static DependencyComponent DefaultAppIcon { get; } = new(DependencyComponent.WebResource, "msdyn_/Images/AppModule_Default_Icon.png", "msdyn_/Images/AppModule_Default_Icon.png")
    {
        Solution = "AppModuleWebResources (2.5)",
        Package = new DependencyPackage("AppModule Web Resources Package", "2.5", "AppModuleWebResources (2.5)"),
    };
}
