using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// nopCommerce gives List&lt;int&gt;, List&lt;decimal&gt;, List&lt;string&gt; and Dictionary&lt;int, int&gt; a string
/// converter at startup, which makes MVC bind them as simple types: from the first value of a request key only
/// (ticked checkboxes "Ids=40&amp;Ids=45" bind as [40]). No action parameter of the plugin, and no property reachable
/// from one, may have such a type; int[] or IList&lt;int&gt; bind every value.
/// </summary>
public class BoundListsTests
{
    private PluginTestHost _host;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await PluginTestHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    /// <summary>"Controller.Action(parameter.Property...): type" for every collection MVC would bind as a simple type.</summary>
    private IReadOnlyList<string> ListsBoundAsSimpleTypes(IEnumerable<Type> controllers)
    {
        var metadataProvider = (ModelMetadataProvider)_host.Services.GetRequiredService<IModelMetadataProvider>();
        var found = new List<string>();
        var visited = new HashSet<Type>();

        void Visit(ModelMetadata metadata, string path)
        {
            if (metadata.IsEnumerableType && !metadata.IsComplexType && metadata.ModelType != typeof(string))
            {
                found.Add($"{path}: {metadata.ModelType}");
                return;
            }

            if (!metadata.IsComplexType || !visited.Add(metadata.ModelType))
                return;

            if (metadata.IsEnumerableType)
            {
                Visit(metadata.ElementMetadata!, path + "[]");
                return;
            }

            foreach (var property in metadata.Properties.Where(property => property.IsBindingAllowed && property.BindingSource != BindingSource.Services))
                Visit(property, $"{path}.{property.PropertyName}");
        }

        foreach (var controller in controllers)
        foreach (var action in ControllerGuards.ActionsOf(controller))
        foreach (var parameter in action.GetParameters().Where(parameter => !parameter.IsDefined(typeof(FromServicesAttribute), true)))
        {
            visited.Clear();
            Visit(metadataProvider.GetMetadataForParameter(parameter), $"{controller.Name}.{action.Name}({parameter.Name})");
        }

        return found;
    }

    [Test]
    public void No_plugin_action_binds_a_list_that_nopCommerce_converts_from_one_string()
    {
        var controllers = ControllerGuards.ControllersOf(PluginTestHost.PluginAssembly);
        Assume.That(controllers, Is.Not.Empty);

        Assert.That(ListsBoundAsSimpleTypes(controllers), Is.Empty);
    }

    [Test]
    public void The_sweep_finds_every_trapped_type_in_parameters_and_properties()
    {
        var found = ListsBoundAsSimpleTypes([typeof(ListBindingProbeController)]);

        Assert.That(found, Is.EquivalentTo(new[]
        {
            "ListBindingProbeController.Bind(model).IdList: System.Collections.Generic.List`1[System.Int32]",
            "ListBindingProbeController.Bind(model).Names: System.Collections.Generic.List`1[System.String]",
            "ListBindingProbeController.Bind(model).Amounts: System.Collections.Generic.List`1[System.Decimal]",
            "ListBindingProbeController.Bind(model).Quantities: System.Collections.Generic.Dictionary`2[System.Int32,System.Int32]",
            "ListBindingProbeController.Parameter(ids): System.Collections.Generic.List`1[System.Int32]"
        }));
    }
}
