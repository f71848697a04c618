using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// A step, its configuration and its plug-in instance. The instance is created once per step and organisation, as the
/// platform caches plug-in instances, but never in a static cache (section 8.4).
/// </summary>
internal sealed class RegisteredStep
{
    private IPlugin? _plugin;

    /// <param name="previous">This step as read before its rows last changed: its plug-in instance is kept while the type and configuration stay.</param>
    public RegisteredStep(StepRegistration registration, int order, string unsecureConfiguration = "", RegisteredStep? previous = null)
    {
        Registration = registration;
        Order = order;
        UnsecureConfiguration = unsecureConfiguration;
        if (previous is not null && previous.Registration.PluginType == registration.PluginType && previous.UnsecureConfiguration == unsecureConfiguration)
        {
            _plugin = previous._plugin;
        }
    }

    public StepRegistration Registration { get; }

    /// <summary>The step's unsecure configuration (sdkmessageprocessingstep.configuration); the secure one is always empty here.</summary>
    public string UnsecureConfiguration { get; }

    /// <summary>Registration order: the tie-breaker between equal ranks (NOT VERIFIED on the platform).</summary>
    public int Order { get; }

    public string PluginTypeName => Registration.PluginType.FullName ?? Registration.PluginType.Name;

    public IPlugin Plugin => _plugin ??= Instantiate(Registration.PluginType, UnsecureConfiguration);

    /// <summary>
    /// A plug-in instance the way the platform makes one: through the (string unsecure, string secure) constructor when
    /// the type has it, else the parameterless one (the configuration is then not passed).
    /// </summary>
    public static IPlugin Instantiate(Type type, string unsecureConfiguration = "")
    {
        if (!typeof(IPlugin).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type.FullName} does not implement IPlugin.", nameof(type));
        }

        // The platform passes the unsecure and secure configuration when the plug-in has that constructor.
        var withConfiguration = type.GetConstructors().FirstOrDefault(c =>
            c.GetParameters() is { Length: 2 } p && p.All(x => x.ParameterType == typeof(string)));
        return withConfiguration is not null
            ? (IPlugin)withConfiguration.Invoke([unsecureConfiguration, string.Empty])
            : (IPlugin)(Activator.CreateInstance(type)
                ?? throw new ArgumentException($"{type.FullName} has no public parameterless constructor.", nameof(type)));
    }
}
