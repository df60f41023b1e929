using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>What a form posts into lists, as MVC binds it once nopCommerce's list converters are registered.</summary>
public record ListBindingProbeModel
{
    public List<int> IdList { get; set; } = new();
    public int[] IdArray { get; set; } = [];
    public IList<int> IdIList { get; set; } = new List<int>();
    public List<string> Names { get; set; } = new();
    public List<decimal> Amounts { get; set; } = new();
    public Dictionary<int, int> Quantities { get; set; } = new();
}

public class ListBindingProbeController : Controller
{
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public IActionResult Bind(ListBindingProbeModel model) => Json(model);

    [HttpGet]
    public IActionResult Parameter(List<int> ids) => Json(ids);
}

/// <summary>
/// The host registers nopCommerce's comma-list converters as nopCommerce does (a startup task run at the end of
/// service registration), so a List&lt;int&gt; is bound the way a real store binds it: from the first posted value.
/// </summary>
public class ListBindingTests
{
    private PluginTestHost _host;
    private HttpClient _client;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await PluginTestHost.StartAsync();
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<JObject> PostAsync(params (string Name, string Value)[] fields)
    {
        using var response = await _client.PostAsync("ListBindingProbe/Bind",
            new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, body);
        return JObject.Parse(body);
    }

    private static int[] Ints(JToken token) => token!.Values<int>().ToArray();

    [Test]
    public async Task A_List_of_int_keeps_only_the_first_of_repeated_values_as_in_nopCommerce()
    {
        var bound = await PostAsync(("IdList", "40"), ("IdList", "45"), ("IdList", "47"));

        Assert.That(Ints(bound["IdList"]), Is.EqualTo(new[] { 40 }));
    }

    [Test]
    public async Task A_List_of_int_is_read_from_one_comma_separated_value()
    {
        var bound = await PostAsync(("IdList", "40, 45,47"));

        Assert.That(Ints(bound["IdList"]), Is.EqualTo(new[] { 40, 45, 47 }));
    }

    [Test]
    public async Task An_int_array_and_an_IList_of_int_bind_every_repeated_value()
    {
        var bound = await PostAsync(("IdArray", "40"), ("IdArray", "45"), ("IdIList", "40"), ("IdIList", "45"));

        Assert.That(Ints(bound["IdArray"]), Is.EqualTo(new[] { 40, 45 }));
        Assert.That(Ints(bound["IdIList"]), Is.EqualTo(new[] { 40, 45 }));
    }

    [Test]
    public async Task Strings_decimals_and_int_dictionaries_are_converted_from_their_first_value_too()
    {
        var bound = await PostAsync(("Names", "Mug, Tea"), ("Names", "Cup"), ("Amounts", "1.5,2"), ("Amounts", "3"),
            ("Quantities", "1, 2;3,4"), ("Quantities", "5,6"));

        Assert.That(bound["Names"]!.Values<string>(), Is.EqualTo(new[] { "Mug", "Tea" }), "a comma inside one text splits it");
        Assert.That(bound["Amounts"]!.Values<decimal>(), Is.EqualTo(new[] { 1.5m, 2m }));
        Assert.That(((JObject)bound["Quantities"]!).Properties().Select(p => (p.Name, p.Value.Value<int>())),
            Is.EqualTo(new[] { ("1", 2), ("3", 4) }));
    }

    [Test]
    public async Task An_action_parameter_List_of_int_from_the_query_string_keeps_the_first_value()
    {
        var body = await _client.GetStringAsync("ListBindingProbe/Parameter?ids=3&ids=4");

        Assert.That(Ints(JArray.Parse(body)), Is.EqualTo(new[] { 3 }));
    }
}
